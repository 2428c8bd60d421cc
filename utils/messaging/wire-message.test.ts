import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver } from '../../tests/unit/deliver-message';
import { onMessage, sendMessage } from './protocol';
import { wireMessage } from './wire-message';

describe('wireMessage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('is the envelope the messaging library sends: the same fields, of the same types', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ res: true } as never);
    await sendMessage('startPortalPage');
    const [envelope] = sent.mock.calls[0] as unknown as [Record<string, unknown>];
    const ours = wireMessage('startPortalPage') as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(envelope).sort());
    for (const key of Object.keys(envelope)) expect(typeof ours[key]).toBe(typeof envelope[key]);
    expect(ours.type).toBe(envelope.type);
  });

  it('reaches the library’s listener for its name, which answers it', async () => {
    const stop = onMessage('startPortalPage', () => true);
    expect(await deliver('startPortalPage', undefined)).toBe(true);
    stop();
  });
});
