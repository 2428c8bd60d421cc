import { DEFAULT_SCRIPTS, PLAN_WORDS } from '../../templates/courtesy-scripts';
import type { Recipe } from '../dossier/recipes/types';
import type { AddressStyle, LetterKind, LetterTemplate, OfficeProfile } from '../letters/types';
import type { CourtesyScript } from '../scripts/types';

/** The commune as the team lead typed it; blank fields stay blank, so a letter lists them as missing. */
export type OfficeSettings = Required<OfficeProfile>;

/** The plan's own words, shown word for word. */
export interface PlanWords {
  fourAsks: string;
  fourAlways: string;
  fiveNevers: string;
}

/** Everything a team lead decides. Each new shape gets a new version and a migration in migrations.ts. */
export interface Settings {
  deadline: {
    /** A dossier is "soon" when at most this many working days remain. */
    soonWorkingDays: number;
    /** Extra days off (YYYY-MM-DD) beyond the shipped holiday schedule. */
    extraDaysOff: string[];
    /** Days that are working days although the calendar says otherwise (make-up Saturdays). */
    extraWorkingDays: string[];
    /** Working days promised on an apology slip, counted from the due date (or today, once it has passed). */
    apologyExtraWorkingDays: number;
    /**
     * Years the team lead checked against the government's announcement, for years the product ships no official
     * schedule for: until then the sidebar and options say the year follows the law alone.
     */
    confirmedYears: number[];
  };
  /** Courtesy scripts by stage, in the order the sidebar shows them. */
  scripts: CourtesyScript[];
  office: OfficeSettings;
  letters: {
    /** Team leads' edited templates; a kind without one prints the default. */
    templates: Partial<Record<LetterKind, LetterTemplate>>;
    /** ông/bà, or anh/chị for a commune that prefers it; the spoken scripts follow it too. */
    addressStyle: AddressStyle;
    /** The apology slip's number line: `{số}` is the slip's number in the year, `{năm}` the year. */
    apologyNumberFormat: string;
    /** A death registered more than this many days after it gets no condolence letter. */
    condolenceMaxDays: number;
    /** The commune hands a gift with the marriage letter, so the letter says so. */
    marriageGift: boolean;
    /** The commune's own happy-family criteria (one per line) printed instead of the Ministry's quoted words. */
    familyCriteriaTitle: string;
    familyCriteriaText: string;
  };
  /** The commune's plan: the words the sidebar keeps in view ("4 xin, 4 luôn, 5 không"). */
  plan: PlanWords;
  register: {
    /** Printed letters and dossiers seen are kept this many months for the monthly report, then deleted. */
    retentionMonths: number;
    /** The team lead allows dossier codes (never names) in the desk's register file; off by default. */
    shareDossierCodes: boolean;
  };
  /** This browser's desk in the commune report. Never comes from a settings file; a policy may set the name only. */
  desk: DeskSettings;
  /** How to read portals the built-in readers cannot, one recipe per host, taught by pointing in the sidebar. */
  recipes: Recipe[];
}

export interface DeskSettings {
  /** As the team lead reads it in the commune report: "Bàn 1 – Hộ tịch", "Chị Lan". */
  name: string;
  /** Random, made once on this browser (see desk-identity.ts): two desks with the same name stay two desks. */
  id: string;
}

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
  };
}

/** The office profile as letters take it: blank fields are absent, so they are reported as missing. */
export function officeProfileOf(office: OfficeSettings): Partial<OfficeProfile> {
  return Object.fromEntries(
    Object.entries(office).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as Partial<OfficeProfile>;
}
