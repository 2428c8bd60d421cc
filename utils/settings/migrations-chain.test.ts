import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PINNED_V4, PINNED_V7 } from './frozen/pinned';
import type { SettingsV1 } from './frozen/v1';
import { type SettingsV2, V2_DEFAULTS } from './frozen/v2';
import { type SettingsV3, V3_DEFAULTS } from './frozen/v3';
import { type SettingsV4, V4_DEFAULTS } from './frozen/v4';
import type { SettingsV6 } from './frozen/v6';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from './schema';
import { settingsItem } from './settings';
import { validateSettings } from './validate';

type Stored = Record<string, unknown>;

// A value as each version stored it, with a team lead's choices in it, in the frozen shape of that version.
// Version 5 is an unused number.
const v1: SettingsV1 = {
  deadline: { soonWorkingDays: 4, extraDaysOff: ['2026-12-24'], extraWorkingDays: [], apologyExtraWorkingDays: 3 },
  scripts: V3_DEFAULTS.scripts,
};
const v2: SettingsV2 = {
  ...v1,
  office: { ...V2_DEFAULTS.office, communeName: 'xã Tân Phú' },
  letters: { templates: {}, addressStyle: 'familiar' },
  register: { retentionMonths: 3 },
};
const v3: SettingsV3 = { ...v2, recipes: [] };
const v4: SettingsV4 = {
  ...v3,
  deadline: { ...v1.deadline, ...V4_DEFAULTS.deadline },
  office: { ...v2.office, ...V4_DEFAULTS.office },
  letters: { ...V4_DEFAULTS.letters, templates: {}, addressStyle: 'familiar' },
  scripts: PINNED_V4.scripts,
  plan: PINNED_V4.plan,
};
const v6: SettingsV6 = {
  ...v4,
  desk: { name: '', id: '' },
  register: { retentionMonths: 3, shareDossierCodes: false },
};
const v7: Settings = { ...v6, deskScreen: PINNED_V7.deskScreen };

const spySteps = (numbers: number[]) =>
  numbers.map((n) => vi.spyOn(SETTINGS_MIGRATIONS as Record<number, (v: Stored) => Stored>, n));

describe('settings migrations from an old version: steps 2, 3, 4, 6 and 7 in order', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has one step per version up to 7, number 5 left unused', () => {
    expect(SETTINGS_VERSION).toBe(7);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual([2, 3, 4, 6, 7]);
  });

  it('a v2 value becomes a complete v7 value: recipes, the plan’s words, the report’s desk, the desk screen', () => {
    const migrated = migrateSettings(structuredClone(v2), 2);
    expect(migrated).toEqual(v7);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(withDefaults(migrated)).toEqual(migrated);
    expect(validateSettings(migrated).ok).toBe(true);
  });

  it('runs step 3, then 4, then 6, then 7, each once, each on what the one before it made', () => {
    const steps = spySteps([3, 4, 6, 7]);
    migrateSettings(structuredClone(v2), 2);
    for (const step of steps) expect(step).toHaveBeenCalledTimes(1);
    const order = steps.map((step) => step.mock.invocationCallOrder[0] ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(steps.map((step) => step.mock.calls[0]?.[0])).toEqual([v2, v3, v4, v6]);
  });

  it('a v6 value runs step 7 alone: the desk screen is added, the plan’s words and the report’s desk kept', () => {
    const edited = {
      ...v6,
      plan: { ...PINNED_V4.plan, fourAsks: 'Lời “4 xin” của xã.' },
      desk: { name: 'Bàn 1', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' },
    };
    const steps = spySteps([2, 3, 4, 6, 7]);
    expect(migrateSettings(structuredClone(edited), 6)).toEqual({ ...edited, deskScreen: PINNED_V7.deskScreen });
    expect(steps.map((step) => step.mock.calls.length)).toEqual([0, 0, 0, 0, 1]);
  });

  it.each([
    [1, v1],
    [2, v2],
    [3, v3],
    [4, v4],
    [5, v4],
    [6, v6],
    [7, v7],
  ])('a version %i value reaches version 7 whole and valid', (from, value) => {
    const migrated = migrateSettings(structuredClone(value), from);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(validateSettings(migrated).ok).toBe(true);
    expect(withDefaults(migrated).deskScreen).toEqual(PINNED_V7.deskScreen);
    expect(withDefaults(migrated).plan).toEqual(PINNED_V4.plan);
  });

  it('keeps, through the whole chain, sections a newer build wrote before a roll-back', () => {
    const recipes = [{ host: 'motcua.tanphu.gov.vn', fields: { code: { label: 'Số tiếp nhận' } }, columns: {} }];
    const desk = { name: 'Bàn 1', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' };
    const plan = { ...PINNED_V4.plan, fourAlways: 'Lời “4 luôn” của xã.' };
    const deskScreen = { ...PINNED_V7.deskScreen, leaderPhone: '0912 345 678' };
    const migrated = migrateSettings({ ...structuredClone(v2), recipes, desk, plan, deskScreen }, 2);
    expect(migrated).toMatchObject({ recipes, desk, plan, deskScreen });
  });
});

describe('the stored settings item runs the same chain', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [2, v2],
    [6, v6],
  ])('a value stored at version %i reads back as the complete v7 value, stored at version 7', async (from, value) => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(value), settings$: { v: from } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(v7);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });
});
