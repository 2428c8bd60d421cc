import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import { holdToolbarPresses } from './early-toolbar';

const fakeContext = () => ({ onInvalidated: vi.fn() }) as unknown as ContentScriptContext;
/** A message from the background, as the browser delivers it. */
const deliver = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});

describe('holdToolbarPresses', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([1, 2])('%i press(es) while the page loads: the sidebar opens once it has started', async (presses) => {
    const held = holdToolbarPresses(fakeContext());
    for (let i = 0; i < presses; i += 1) await deliver({ type: 'mctt:toggle-sidebar' });
    const open = vi.fn();
    held.handOver(open);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('no press, or another message: nothing is opened, and presses after the hand-over are the sidebar’s own', async () => {
    const held = holdToolbarPresses(fakeContext());
    await deliver({ type: 'mctt:session-changed', kind: 'manual', key: 'H-1' });
    await deliver(null);
    const open = vi.fn();
    held.handOver(open);
    await deliver({ type: 'mctt:toggle-sidebar' });
    expect(open).not.toHaveBeenCalled();
  });
});
