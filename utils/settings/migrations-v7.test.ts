import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, withDefaults } from './schema';
import { validateSettings } from './validate';

// A value as version 2 stored it: everything but the desk screen.
const { deskScreen: _deskScreen, ...v2 } = structuredClone(DEFAULT_SETTINGS);
const v2Edited = { ...v2, register: { retentionMonths: 3 }, office: { ...v2.office, communeName: 'xã Tân Phú' } };

describe('settings migration step 7: the desk screen and posters', () => {
  it('is the current version (3–6 are other branches’ steps)', () => expect(SETTINGS_VERSION).toBe(7));

  it('adds deskScreen with the plan’s words and keeps every earlier choice', () => {
    const step = SETTINGS_MIGRATIONS[7];
    expect(step).toBeDefined();
    const migrated = step?.(structuredClone(v2Edited)) ?? {};
    expect(migrated.deskScreen).toEqual(DEFAULT_DESK_SCREEN);
    expect(migrated.register).toEqual({ retentionMonths: 3 });
    expect(migrated.office).toEqual(v2Edited.office);
  });

  it('keeps a desk screen already there (written by a newer build, then rolled back)', () => {
    const deskScreen = { ...DEFAULT_DESK_SCREEN, leaderPhone: '0912 345 678' };
    expect(SETTINGS_MIGRATIONS[7]?.({ ...v2Edited, deskScreen }).deskScreen).toEqual(deskScreen);
  });

  it('gives each migrated value its own desk screen, so editing one never edits the defaults', () => {
    const migrated = SETTINGS_MIGRATIONS[7]?.(structuredClone(v2Edited)) ?? {};
    (migrated.deskScreen as typeof DEFAULT_DESK_SCREEN).slides.push({ id: 'x', title: 'x', text: 'x' });
    expect(DEFAULT_DESK_SCREEN.slides).toHaveLength(5);
  });

  it.each([1, 2])('a version %i value reaches version 7 whole and valid', (from) => {
    const migrated = migrateSettings(
      structuredClone(from === 1 ? { deadline: v2.deadline, scripts: v2.scripts } : v2Edited),
      from,
    );
    expect(validateSettings(migrated).ok).toBe(true);
    expect(withDefaults(migrated).deskScreen.slides.map((s) => s.title)).toEqual([
      '4 xin',
      '4 luôn',
      '5 không',
      '',
      '',
    ]);
  });
});
