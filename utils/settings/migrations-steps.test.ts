import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { PLAN_WORDS } from '../../templates/plan-words';
import { PINNED_V4, PINNED_V7 } from './frozen/pinned';
import type { ScriptV1 } from './frozen/v1';
import { V2_DEFAULTS } from './frozen/v2';
import { V4_DEFAULTS } from './frozen/v4';
import { migrateSettings, SETTINGS_VERSION, v1ToV2, v2ToV3, v3ToV4, v4ToV6 } from './migrations';
import {
  OWN_PARAGRAPH,
  OWN_PARAGRAPH_INDEX,
  OWN_SCRIPT,
  STORED_V1,
  STORED_V2,
  STORED_V3,
  STORED_V4,
  STORED_V6,
  withScriptEdits,
} from './migrations-fixtures';
import { settingsItem } from './settings';
import { SETTINGS_SECTIONS } from './settings-schema';
import { validateSettings } from './validate';

// Each step from a stored value of its version, typed by that version's frozen shape, to the value of the next.

/** The scripts of STORED_V1 under version 4: shipped ones replaced (edits kept), new ones after their stage. */
const SCRIPTS_V4: ScriptV1[] = [...withScriptEdits(PINNED_V4.scripts), OWN_SCRIPT];

describe('the defaults a step takes from the live modules (package budget: see migrations.ts)', () => {
  // When this fails, the live defaults were changed: the step must read its pinned copy instead (import it in
  // migrations.ts, and make room in the package for it). Never edit the pinned files to match the live ones.
  it('are still the ones version 4 wrote: letter templates, scripts and the plan’s words', () => {
    expect(DEFAULT_LETTER_TEMPLATES).toEqual(PINNED_V4.templates);
    expect(DEFAULT_SCRIPTS).toEqual(PINNED_V4.scripts);
    expect(PLAN_WORDS).toEqual(PINNED_V4.plan);
  });

  it('are still the one version 7 wrote: the desk screen', () => {
    expect(DEFAULT_DESK_SCREEN).toEqual(PINNED_V7.deskScreen);
  });
});

describe('step v1 → v2', () => {
  it('adds the office profile, letters and register as version 2 shipped them, and keeps the rest', () => {
    const migrated = v1ToV2(structuredClone(STORED_V1));
    expect(migrated).toEqual({ ...STORED_V1, ...V2_DEFAULTS });
    // Version 2's office, not today's: the one-stop unit and the head's name are version 4's to add.
    expect(migrated.office).not.toHaveProperty('oneStopUnit');
    expect(migrated.office).not.toHaveProperty('headName');
    expect(Object.keys(migrated.office)).toHaveLength(11);
    expect(migrated.office).toMatchObject({ unitType: 'xã', leaderTitle: 'CHỦ TỊCH' });
    expect(migrated.letters).toEqual({ templates: {}, addressStyle: 'formal' });
    expect(migrated.register).toEqual({ retentionMonths: 12 });
  });

  it('gives each value its own sections, so editing one never edits the frozen defaults', () => {
    v1ToV2(structuredClone(STORED_V1)).office.communeName = 'xã Tân Phú';
    expect(V2_DEFAULTS.office.communeName).toBe('');
  });
});

describe('step v2 → v3', () => {
  it('adds an empty recipe list and keeps every version 2 choice', () => {
    expect(v2ToV3(structuredClone(STORED_V2))).toEqual({ ...STORED_V2, recipes: [] });
  });
});

describe('step v3 → v4', () => {
  it('brings the version 4 defaults in, keeping the team lead’s own words and choices', () => {
    const condolence = PINNED_V4.templates.condolence;
    expect(v3ToV4(structuredClone(STORED_V3))).toEqual({
      ...STORED_V3,
      deadline: { ...STORED_V3.deadline, confirmedYears: [] },
      office: { ...STORED_V3.office, oneStopUnit: '', headName: '' },
      letters: {
        ...V4_DEFAULTS.letters,
        addressStyle: 'familiar',
        // The birth letter, saved unchanged, is gone; the condolence letter keeps its own paragraph, the rest new.
        templates: {
          condolence: {
            kind: 'condolence',
            name: 'Thư chia buồn',
            layout: 'letter',
            requires: condolence.requires,
            defaults: condolence.defaults,
            blocks: condolence.blocks.with(OWN_PARAGRAPH_INDEX, OWN_PARAGRAPH),
          },
        },
      },
      scripts: SCRIPTS_V4,
      plan: PINNED_V4.plan,
    });
  });

  it('adds the letters’ new settings as version 4 shipped them', () => {
    expect(v3ToV4(structuredClone(STORED_V3)).letters).toMatchObject({
      apologyNumberFormat: '{số}/PXL-UBND',
      condolenceMaxDays: 60,
      marriageGift: false,
    });
  });
});

describe('step v4 → v6 (version 5 has no step)', () => {
  it('adds a blank desk and leaves dossier codes out of the register file', () => {
    expect(v4ToV6(structuredClone(STORED_V4))).toEqual({
      ...STORED_V4,
      desk: { name: '', id: '' },
      register: { retentionMonths: 6, shareDossierCodes: false },
    });
  });

  it('reads a version 5 value as a version 4 one', () => {
    expect(migrateSettings(structuredClone(STORED_V4), 5)).toEqual(migrateSettings(structuredClone(STORED_V4), 4));
  });
});

// Step v6 → v7: migrations-v7.test.ts.

describe('the whole chain', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a version 1 value to a valid current one with every choice of the team lead kept', () => {
    const migrated = migrateSettings(structuredClone(STORED_V1), 1);
    expect(migrated).toEqual({
      deadline: { ...STORED_V1.deadline, confirmedYears: [] },
      scripts: SCRIPTS_V4,
      office: { ...V2_DEFAULTS.office, ...V4_DEFAULTS.office },
      letters: { ...V4_DEFAULTS.letters, templates: {} },
      register: { retentionMonths: 12, shareDossierCodes: false },
      desk: { name: '', id: '' },
      recipes: [],
      plan: PINNED_V4.plan,
      deskScreen: PINNED_V7.deskScreen,
    });
    expect(validateSettings(migrated).ok).toBe(true);
  });

  it.each([
    [1, STORED_V1],
    [2, STORED_V2],
    [3, STORED_V3],
    [4, STORED_V4],
    [5, STORED_V4],
    [6, STORED_V6],
  ])(
    'runs on a value stored at version %i: it reads back valid and whole, stored at version 7',
    async (from, value) => {
      await fakeBrowser.storage.local.set({ settings: structuredClone(value), settings$: { v: from } });
      await settingsItem.migrate();
      const migrated = await settingsItem.getValue();
      expect(migrated).toEqual(migrateSettings(structuredClone(value), from));
      expect(Object.keys(migrated).sort()).toEqual([...SETTINGS_SECTIONS].sort());
      expect(validateSettings(migrated).ok).toBe(true);
      expect(migrated.scripts).toContainEqual(OWN_SCRIPT);
      expect(migrated.deadline.soonWorkingDays).toBe(3);
      expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    },
  );
});
