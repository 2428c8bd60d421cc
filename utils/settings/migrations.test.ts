import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
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
    expect(migrated.register).toEqual({ retentionMonths: 12, shareDossierCodes: false });
    expect(migrated.desk).toEqual({ name: '', id: '' });
  });

  describe('step 6: the desk and the dossier-code choice', () => {
    const v2 = {
      ...v1,
      office: DEFAULT_SETTINGS.office,
      letters: DEFAULT_SETTINGS.letters,
      register: { retentionMonths: 24 },
    };
    const step6 = SETTINGS_MIGRATIONS[6] ?? ((value) => value);

    it('adds a blank desk (its id is made later, on the browser) and leaves dossier codes out', () => {
      const migrated = step6(structuredClone(v2));
      expect(migrated.desk).toEqual({ name: '', id: '' });
      expect(migrated.register).toEqual({ retentionMonths: 24, shareDossierCodes: false });
      expect(migrated.deadline).toEqual(v2.deadline);
    });

    it('keeps a desk and a choice already there', () => {
      const desk = { name: 'Bàn 1', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' };
      const migrated = step6({ ...v2, desk, register: { retentionMonths: 6, shareDossierCodes: true } });
      expect(migrated.desk).toEqual(desk);
      expect(migrated.register).toEqual({ retentionMonths: 6, shareDossierCodes: true });
    });

    it('leaves a broken register for the validator to refuse', () => {
      expect(step6({ ...v2, register: 'x' }).register).toBe('x');
    });

    it('v2 → current runs it (steps 3–5 belong to other changes)', () => {
      expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(6);
      expect(migrateSettings(structuredClone(v2), 2).desk).toEqual({ name: '', id: '' });
    });
  });

  it('v1 → current also adds an empty recipe list', () => {
    expect(migrateSettings(structuredClone(v1), 1).recipes).toEqual([]);
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

describe('migration 3: recipes', () => {
  const v2 = { ...structuredClone(v1), office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú' } };
  const recipe = { host: 'motcua.tanphu.gov.vn', fields: { code: { label: 'Số tiếp nhận' } }, columns: {} };

  it('adds an empty recipe list and keeps every v2 choice', () => {
    const migrated = SETTINGS_MIGRATIONS[3]?.(structuredClone(v2));
    expect(migrated).toEqual({ ...v2, recipes: [] });
  });

  it('keeps recipes already there (written by a newer build, then rolled back)', () => {
    expect(migrateSettings({ ...structuredClone(v2), recipes: [recipe] }, 2).recipes).toEqual([recipe]);
  });

  it('a migrated v2 value reads back whole through withDefaults', () => {
    expect(withDefaults(migrateSettings(structuredClone(v2), 2)).recipes).toEqual([]);
  });
});
