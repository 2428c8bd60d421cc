import type * as v from 'valibot';
import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PLAN_WORDS } from '../../templates/plan-words';
import type { OfficeProfile } from '../letters/types';
import type { SettingsSchema, StoredSettingsSchema } from './settings-schema';

/** The commune as the team lead typed it; blank fields stay blank, so a letter lists them as missing. */
export type OfficeSettings = Settings['office'];

/** The plan's own words ("4 xin, 4 luôn, 5 không"), shown word for word in the sidebar. */
export type PlanWords = Settings['plan'];

/**
 * Everything a team lead decides, as settings-schema.ts checks it: deadline rules, courtesy scripts by stage, the
 * commune's office profile, letter templates and rules, the register's retention, this browser's desk (never from a
 * settings file; a policy may set the name only), portal recipes, the plan's words, the desk screen. Each new shape
 * gets a new version and a migration in migrations.ts, which keeps frozen copies of the old shapes.
 */
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The parts of the settings a policy may set; within an object section, any subset of its fields. */
export type PartialSettings = v.InferOutput<typeof StoredSettingsSchema>;

export type DeskSettings = Settings['desk'];

export const DEFAULT_DESK: DeskSettings = { name: '', id: '' };

export const DEFAULT_OFFICE: OfficeSettings = {
  communeName: '',
  unitType: 'xã',
  province: '',
  placeName: '',
  address: '',
  leaderName: '',
  leaderTitle: 'CHỦ TỊCH',
  signingAuthority: 'TM. ỦY BAN NHÂN DÂN',
  issuingBody: '',
  oneStopUnit: '',
  headName: '',
  phone: '',
  email: '',
};

export const DEFAULT_APOLOGY_NUMBER_FORMAT = '{số}/PXL-UBND';

export const DEFAULT_SETTINGS: Settings = {
  deadline: {
    soonWorkingDays: 2,
    extraDaysOff: [],
    extraWorkingDays: [],
    apologyExtraWorkingDays: 2,
    confirmedYears: [],
  },
  scripts: DEFAULT_SCRIPTS,
  office: DEFAULT_OFFICE,
  letters: {
    templates: {},
    addressStyle: 'formal',
    apologyNumberFormat: DEFAULT_APOLOGY_NUMBER_FORMAT,
    condolenceMaxDays: 60,
    marriageGift: false,
    familyCriteriaTitle: '',
    familyCriteriaText: '',
  },
  register: { retentionMonths: 12, shareDossierCodes: false },
  desk: DEFAULT_DESK,
  recipes: [],
  plan: PLAN_WORDS,
  deskScreen: DEFAULT_DESK_SCREEN,
};

/** Stored settings may predate a field: fill gaps from the defaults so readers never see undefined. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return {
    deadline: { ...DEFAULT_SETTINGS.deadline, ...stored?.deadline },
    scripts: Array.isArray(stored?.scripts) ? stored.scripts : DEFAULT_SETTINGS.scripts,
    office: { ...DEFAULT_OFFICE, ...stored?.office },
    letters: {
      ...DEFAULT_SETTINGS.letters,
      ...stored?.letters,
      templates: { ...stored?.letters?.templates },
    },
    register: { ...DEFAULT_SETTINGS.register, ...stored?.register },
    desk: { ...DEFAULT_DESK, ...stored?.desk },
    recipes: Array.isArray(stored?.recipes) ? stored.recipes : [],
    plan: { ...DEFAULT_SETTINGS.plan, ...stored?.plan },
    deskScreen: { ...DEFAULT_DESK_SCREEN, ...stored?.deskScreen },
  };
}

/** The office profile as letters take it: blank fields are absent, so they are reported as missing. */
export function officeProfileOf(office: OfficeSettings): Partial<OfficeProfile> {
  return Object.fromEntries(
    Object.entries(office).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as Partial<OfficeProfile>;
}
