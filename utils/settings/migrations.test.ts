import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, withDefaults } from './schema';

const v1 = {
  deadline: { soonWorkingDays: 4, extraDaysOff: ['2026-12-24'], extraWorkingDays: [], apologyExtraWorkingDays: 3 },
  scripts: [{ id: 'x', stage: 'receiving', title: 'Chào', text: 'Xin chào {{honorific}}' }],
};

describe('settings migrations', () => {
  it('v1 → current keeps every v1 choice and adds the office profile, letters and register', () => {
    const migrated = migrateSettings(structuredClone(v1), 1);
    expect(migrated.deadline).toEqual(v1.deadline);
    expect(migrated.scripts).toEqual(v1.scripts);
    expect(migrated.office).toEqual(DEFAULT_SETTINGS.office);
    expect(migrated.letters).toEqual({ templates: {}, addressStyle: 'formal' });
    expect(migrated.register).toEqual({ retentionMonths: 12 });
  });

  it('keeps fields it does not know about', () => {
    expect(migrateSettings({ ...v1, future: 1 }, 1).future).toBe(1);
  });

  it('leaves a current value as it is', () => {
    const current = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
    expect(migrateSettings(current, SETTINGS_VERSION)).toEqual(current);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses version %s', (version) => {
    expect(() => migrateSettings({}, version)).toThrow(/phiên bản/);
  });

  it('refuses a version newer than this extension', () => {
    expect(() => migrateSettings({}, SETTINGS_VERSION + 1)).toThrow(/mới hơn/);
  });

  it('a migrated v1 value reads back whole through withDefaults', () => {
    const settings = withDefaults(migrateSettings(structuredClone(v1), 1));
    expect(settings.deadline.soonWorkingDays).toBe(4);
    expect(settings.office.leaderTitle).toBe('CHỦ TỊCH');
  });
});
