import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, withDefaults } from './schema';
import { settingsItem } from './settings';
import { validateSettings } from './validate';

type Stored = Record<string, unknown>;

// A value as version 2 stored it, with a team lead's choices in it.
const v1: Stored = {
  deadline: { ...DEFAULT_SETTINGS.deadline, soonWorkingDays: 4 },
  scripts: DEFAULT_SETTINGS.scripts,
};
const v2: Stored = {
  ...v1,
  office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú' },
  letters: { templates: {}, addressStyle: 'familiar' },
  register: { retentionMonths: 3 },
};
// The same value as each later version would have stored it (4 and 5 are other changes' numbers).
const v3: Stored = { ...v2, recipes: [] };
const v6: Stored = { ...v3, desk: { name: '', id: '' }, register: { retentionMonths: 3, shareDossierCodes: false } };
const v7: Stored = { ...v6, deskScreen: DEFAULT_DESK_SCREEN };

describe('settings migrations from an old version: steps 3, 6 and 7 in order', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a v2 value becomes a complete v7 value: recipes, the report’s desk, dossier codes off, the desk screen', () => {
    const migrated = migrateSettings(structuredClone(v2), 2);
    expect(migrated).toEqual(v7);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(withDefaults(migrated)).toEqual(migrated);
    expect(validateSettings(migrated).ok).toBe(true);
  });

  it('runs step 3, then 6, then 7, each once', () => {
    const steps = [3, 6, 7].map((n) => vi.spyOn(SETTINGS_MIGRATIONS as Record<number, (v: Stored) => Stored>, n));
    migrateSettings(structuredClone(v2), 2);
    for (const step of steps) expect(step).toHaveBeenCalledTimes(1);
    const order = steps.map((step) => step.mock.invocationCallOrder[0] ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Each step gets what the one before it made.
    expect(steps[1]?.mock.calls[0]?.[0]).toEqual(v3);
    expect(steps[2]?.mock.calls[0]?.[0]).toEqual(v6);
  });

  it.each([
    [1, v1],
    [2, v2],
    [3, v3],
    [4, v3],
    [5, v3],
    [6, v6],
    [7, v7],
  ])('a version %i value reaches version 7 whole and valid', (from, value) => {
    const migrated = migrateSettings(structuredClone(value), from);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(validateSettings(migrated).ok).toBe(true);
    expect(withDefaults(migrated).deskScreen.slides.map((s) => s.title)).toEqual([
      '4 xin',
      '4 luôn',
      '5 không',
      '',
      '',
    ]);
  });

  it('keeps, through the whole chain, sections a newer build wrote before a roll-back', () => {
    const recipes = [{ host: 'motcua.tanphu.gov.vn', fields: { code: { label: 'Số tiếp nhận' } }, columns: {} }];
    const desk = { name: 'Bàn 1', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' };
    const deskScreen = { ...DEFAULT_DESK_SCREEN, leaderPhone: '0912 345 678' };
    const migrated = migrateSettings({ ...structuredClone(v2), recipes, desk, deskScreen }, 2);
    expect(migrated).toMatchObject({ recipes, desk, deskScreen });
  });
});

describe('the stored settings item runs the same chain', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a value stored at version 2 reads back as the complete v7 value, stored at version 7', async () => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(v2), settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(v7);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });
});
