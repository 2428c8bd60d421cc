import { describe, expect, it } from 'vitest';
import type { TemplateBlock } from '../letters/types';
import type { CourtesyScript } from '../scripts/types';
import { PINNED_V4 } from './frozen/pinned';
import { V3_DEFAULTS } from './frozen/v3';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from './schema';
import { validateSettings } from './validate';

const v1 = {
  deadline: { soonWorkingDays: 4, extraDaysOff: ['2026-12-24'], extraWorkingDays: [], apologyExtraWorkingDays: 3 },
  scripts: [{ id: 'x', stage: 'receiving', title: 'Chào', text: 'Xin chào {{honorific}}' }],
};

describe('settings migrations', () => {
  it('v1 → current keeps every v1 choice and adds the office profile, letters and register', () => {
    const migrated = migrateSettings(structuredClone(v1), 1);
    expect(migrated.deadline).toEqual({ ...v1.deadline, confirmedYears: [] });
    expect(migrated.scripts).toEqual(v1.scripts);
    expect(migrated.office).toEqual(DEFAULT_SETTINGS.office);
    expect(migrated.letters).toEqual(DEFAULT_SETTINGS.letters);
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

describe('settings migration to version 4: the plan’s words, the law’s letters', () => {
  const v2 = (patch: Record<string, unknown> = {}) => ({
    ...migrateSettings(structuredClone(v1), 1),
    scripts: structuredClone(V3_DEFAULTS.scripts),
    letters: { templates: {}, addressStyle: 'familiar' },
    ...patch,
  });
  const toV4 = (value: Record<string, unknown>) => migrateSettings(structuredClone(value), 2);
  const ids = (scripts: unknown) => (scripts as CourtesyScript[]).map((s) => s.id);

  it('is step 4 (step 3 is the recipes section’s)', () => {
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(4);
    expect(SETTINGS_MIGRATIONS[4]).toBeTypeOf('function');
  });

  it('replaces the old default scripts with the plan’s, and adds the new ones after their stage', () => {
    const scripts = toV4(v2()).scripts as CourtesyScript[];
    expect(scripts).toEqual(PINNED_V4.scripts);
    expect(scripts.find((s) => s.id === 'supplement-request')?.text).toMatch(/^Xin lỗi đã làm phiền/);
  });

  it('keeps every script a team lead wrote or edited, and the on/off choice of an old default', () => {
    const edited = V3_DEFAULTS.scripts.map((s) =>
      s.id === 'processing-update'
        ? { ...s, text: 'Lời của tổ trưởng.' }
        : s.id === 'any-thanks'
          ? { ...s, disabled: true }
          : s,
    );
    const own = { id: 'custom-9', stage: 'any' as const, title: 'Tạm biệt', text: 'Chào tạm biệt {{honorific}}.' };
    const scripts = toV4(v2({ scripts: [...edited, own] })).scripts as CourtesyScript[];
    expect(scripts.find((s) => s.id === 'processing-update')?.text).toBe('Lời của tổ trưởng.');
    expect(scripts.find((s) => s.id === 'any-thanks')).toEqual({
      ...PINNED_V4.scripts.find((s) => s.id === 'any-thanks'),
      disabled: true,
    });
    expect(scripts).toContainEqual(own);
    expect(ids(scripts)).toContain('receiving-guidance');
  });

  it('adds no script to a list a team lead pruned', () => {
    const pruned = V3_DEFAULTS.scripts.filter((s) => s.id !== 'receiving-permission');
    const scripts = toV4(v2({ scripts: pruned })).scripts;
    expect(ids(scripts)).not.toContain('receiving-permission');
    expect(ids(scripts)).not.toContain('receiving-guidance');
    expect(ids(scripts)).toHaveLength(pruned.length);
  });

  it('adds the plan’s words, the new letter settings and profile fields, keeping the team lead’s choices', () => {
    const migrated = toV4(v2());
    expect(migrated.plan).toEqual(PINNED_V4.plan);
    expect(migrated.letters).toEqual({ ...DEFAULT_SETTINGS.letters, addressStyle: 'familiar' });
    expect(migrated.office).toMatchObject({ oneStopUnit: '', headName: '' });
    expect((migrated.deadline as Settings['deadline']).confirmedYears).toEqual([]);
    expect(validateSettings(migrated).ok).toBe(true);
  });

  it.each(['deadline', 'office', 'letters'])('leaves a broken %s section for the validator to refuse', (key) => {
    const migrated = toV4(v2({ [key]: 7 }));
    expect(migrated[key]).toBe(7);
    expect(validateSettings(migrated).ok).toBe(false);
  });

  it('drops a template that still holds only old defaults, so the new default applies', () => {
    const old = {
      ...PINNED_V4.templates['birth-congratulation'],
      blocks: V3_DEFAULTS.templateBlocks['birth-congratulation'],
    };
    const letters = toV4(v2({ letters: { templates: { 'birth-congratulation': old }, addressStyle: 'formal' } }))
      .letters as Settings['letters'];
    expect(letters.templates).toEqual({});
  });

  it('keeps a team lead’s own paragraphs, and brings the rest of the letter up to date', () => {
    const oldBlocks = V3_DEFAULTS.templateBlocks['marriage-congratulation'];
    const own: TemplateBlock = { type: 'paragraph', text: 'Lời riêng của xã.', indent: true };
    const edited = {
      ...PINNED_V4.templates['marriage-congratulation'],
      defaults: undefined,
      blocks: [...oldBlocks.slice(0, 3), own, ...oldBlocks.slice(4)],
    };
    const letters = toV4(v2({ letters: { templates: { 'marriage-congratulation': edited }, addressStyle: 'formal' } }))
      .letters as Settings['letters'];
    const template = letters.templates['marriage-congratulation'];
    const next = PINNED_V4.templates['marriage-congratulation'];
    expect(template?.blocks).toContainEqual(own);
    // The narration of a ceremony and a gift is gone; the criteria are the quoted text with its source.
    const text = JSON.stringify(template?.blocks);
    expect(text).not.toContain('trao tận tay');
    expect(text).not.toContain('Trích lược');
    expect(template?.blocks.filter((b) => b.type === 'excerpt')).toEqual(
      next.blocks.filter((b) => b.type === 'excerpt'),
    );
    expect(template?.blocks.find((b) => b.type === 'signature')).toEqual(
      next.blocks.find((b) => b.type === 'signature'),
    );
    expect(template?.defaults).toEqual(next.defaults);
    expect(validateSettings({ ...toV4(v2()), letters }).ok).toBe(true);
  });
});
