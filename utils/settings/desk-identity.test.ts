import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureDeskId } from './desk-identity';
import { loadLocalSettings } from './managed';
import { DEFAULT_SETTINGS } from './schema';
import { settingsItem } from './settings';
import { DESK_ID_PATTERN } from './validate';

describe('ensureDeskId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('makes a random id once, keeps it in the settings, and gives the same one ever after', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, desk: { name: 'Bàn 1', id: '' } });
    const [first, again] = await Promise.all([ensureDeskId(), ensureDeskId()]);
    expect(first).toMatch(DESK_ID_PATTERN);
    expect(again).toBe(first);
    expect(await ensureDeskId()).toBe(first);
    const stored = await loadLocalSettings();
    expect(stored.desk).toEqual({ name: 'Bàn 1', id: first });
    // Nothing else of the settings moved.
    expect({ ...stored, desk: DEFAULT_SETTINGS.desk }).toEqual(DEFAULT_SETTINGS);
  });

  it('gives two browsers two ids', async () => {
    const one = await ensureDeskId();
    fakeBrowser.reset();
    expect(await ensureDeskId()).not.toBe(one);
  });
});
