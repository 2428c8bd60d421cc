import { describe, expect, it, vi } from 'vitest';
import { readStartValuesAhead, START_KEYS, type StorageGet, takeStartValues } from './start-storage';

const storing = (values: Record<string, unknown>) => vi.fn<StorageGet>(async () => values);

describe('the start script’s storage read, handed to the content script', () => {
  it('the content script takes what the start script read, without a read of its own, once', async () => {
    const scope = {};
    const early = storing({ 'ui.sidebarCollapsed': true });
    readStartValuesAhead(early, scope);
    expect(early).toHaveBeenCalledWith(START_KEYS);

    const late = storing({ 'ui.sidebarCollapsed': false });
    expect(await takeStartValues(late, scope)).toEqual({ 'ui.sidebarCollapsed': true });
    expect(late).not.toHaveBeenCalled();
    // Injected again into the same page: it reads the current values.
    expect(await takeStartValues(late, scope)).toEqual({ 'ui.sidebarCollapsed': false });
    expect(late).toHaveBeenCalledWith(START_KEYS);
  });

  it('nothing read ahead (a page that started before an update): the content script reads storage itself', async () => {
    expect(await takeStartValues(storing({ todayOverride: '2026-12-31' }), {})).toEqual({
      todayOverride: '2026-12-31',
    });
  });

  it('storage unavailable (the extension reloading): empty values, never a rejection', async () => {
    const failing = vi.fn<StorageGet>(async () => {
      throw new Error('Extension context invalidated.');
    });
    const scope = {};
    readStartValuesAhead(failing, scope);
    expect(await takeStartValues(failing, scope)).toEqual({});
    expect(await takeStartValues(failing, {})).toEqual({});
  });

  it('something else in the handoff slot is not taken for a read', async () => {
    const scope = { mcttStartValues: { settings: 'forged' } };
    expect(await takeStartValues(storing({}), scope)).toEqual({});
  });
});
