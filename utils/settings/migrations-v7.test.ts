import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS } from './schema';

// A value as version 6 stored it: everything but the desk screen (the report's desk is there, with its id).
const { deskScreen: _deskScreen, ...v6 } = structuredClone(DEFAULT_SETTINGS);
const v6Edited = {
  ...v6,
  register: { retentionMonths: 3, shareDossierCodes: true },
  office: { ...v6.office, communeName: 'xã Tân Phú' },
  desk: { name: 'Bàn 1 – Hộ tịch', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' },
};
const step7 = SETTINGS_MIGRATIONS[7] ?? ((value) => value);

describe('settings migration step 7: the desk screen and posters (deskScreen)', () => {
  it('is the current version', () => {
    expect(SETTINGS_VERSION).toBe(7);
    expect(SETTINGS_MIGRATIONS[7]).toBeDefined();
  });

  it('adds deskScreen with the plan’s words and changes nothing else, the report’s desk included', () => {
    expect(step7(structuredClone(v6Edited))).toEqual({ ...v6Edited, deskScreen: DEFAULT_DESK_SCREEN });
  });

  it('keeps a desk screen already there (written by a newer build, then rolled back)', () => {
    const deskScreen = { ...DEFAULT_DESK_SCREEN, leaderPhone: '0912 345 678' };
    expect(step7({ ...structuredClone(v6Edited), deskScreen }).deskScreen).toEqual(deskScreen);
  });

  it('gives each migrated value its own desk screen, so editing one never edits the defaults', () => {
    const migrated = step7(structuredClone(v6Edited));
    (migrated.deskScreen as typeof DEFAULT_DESK_SCREEN).slides.push({ id: 'x', title: 'x', text: 'x' });
    expect(DEFAULT_DESK_SCREEN.slides).toHaveLength(5);
    expect(DEFAULT_SETTINGS.deskScreen.slides).toHaveLength(5);
  });
});
