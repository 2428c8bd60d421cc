import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PINNED_V7 } from './frozen/pinned';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { STORED_V6 } from './migrations-fixtures';
import { DEFAULT_SETTINGS } from './schema';
import { validateSettings } from './validate';

const step7 = SETTINGS_MIGRATIONS[7] ?? ((value) => value);

describe('settings migration step 7: the desk screen and posters (deskScreen)', () => {
  it('is the current version', () => {
    expect(SETTINGS_VERSION).toBe(7);
    expect(SETTINGS_MIGRATIONS[7]).toBeDefined();
  });

  it('adds deskScreen with the plan’s words and changes nothing else, the report’s desk included', () => {
    // A value as version 6 stored it: everything but the desk screen (the report's desk is there, with its id).
    const migrated = step7(structuredClone(STORED_V6));
    expect(migrated).toEqual({ ...STORED_V6, deskScreen: PINNED_V7.deskScreen });
    expect(validateSettings(migrated).ok).toBe(true);
  });

  it('keeps a desk screen already there (written by a newer build, then rolled back)', () => {
    const deskScreen = { ...PINNED_V7.deskScreen, leaderPhone: '0912 345 678' };
    expect(step7({ ...structuredClone(STORED_V6), deskScreen }).deskScreen).toEqual(deskScreen);
  });

  it('gives each migrated value its own desk screen, so editing one never edits the defaults', () => {
    const migrated = step7(structuredClone(STORED_V6));
    (migrated.deskScreen as typeof DEFAULT_DESK_SCREEN).slides.push({ id: 'x', title: 'x', text: 'x' });
    expect(DEFAULT_DESK_SCREEN.slides).toHaveLength(5);
    expect(DEFAULT_SETTINGS.deskScreen.slides).toHaveLength(5);
  });
});
