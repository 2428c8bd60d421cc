import type { LetterKind, LetterTemplate } from '../letters/types';
import { NUMBER_TOKEN } from '../register/apology-number';
import type { CourtesyScript } from '../scripts/types';
import { DEFAULT_OFFICE, type Settings } from './schema';
import { checkRecipes } from './validate-recipes';

/** The parts of the settings a policy may set; within an object section, any subset of its fields. */
export interface PartialSettings {
  deadline?: Partial<Settings['deadline']>;
  scripts?: Settings['scripts'];
  office?: Partial<Settings['office']>;
  letters?: Partial<Settings['letters']>;
  register?: Partial<Settings['register']>;
  desk?: Partial<Settings['desk']>;
  recipes?: Settings['recipes'];
  plan?: Partial<Settings['plan']>;
}

export type SettingsSection = keyof Settings;
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  'deadline',
  'scripts',
  'office',
  'letters',
  'register',
  'desk',
  'recipes',
  'plan',
];
/** A desk id as desk-identity.ts makes it (a UUID); blank until the desk first needs one. */
export const DESK_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

export const LETTER_KINDS: readonly LetterKind[] = [
  'birth-congratulation',
  'marriage-congratulation',
  'condolence',
  'thank-you',
  'apology',
];
const SCRIPT_STAGES = ['receiving', 'supplement', 'processing', 'returning', 'overdue', 'any'] as const;
const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
const ADDRESS_STYLES = ['formal', 'familiar'] as const;
const MAX_TEXT = 5000;
const MAX_SCRIPTS = 200;
const MAX_DAYS = 366;

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A value as the error shows it: short, so a 1 MB string never floods the message. */
function shown(value: unknown): string {
  if (value === undefined) return 'không có';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIsoDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** Collects every problem with its path, so a team lead sees all of them at once. */
class Checker {
  readonly errors: string[] = [];

  constructor(readonly partial: boolean) {}

  /** `value` is shown when given (an absent field has none to show). */
  fail(path: string, message: string, ...value: unknown[]) {
    this.errors.push(`“${path}”: ${message}${value.length > 0 ? ` (đang là ${shown(value[0])})` : ''}.`);
  }

  /** An object section or field; undefined when it is missing or wrong (the error is recorded). */
  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.fail(path, 'phải là một nhóm cài đặt (đối tượng JSON)', value);
    return undefined;
  }

  /** Runs `check` on a field that is present, or records it as missing unless partial values are allowed. */
  field<T>(
    record: Record<string, unknown>,
    key: string,
    path: string,
    check: (v: unknown, p: string) => T | undefined,
  ) {
    const fieldPath = `${path}.${key}`;
    if (!(key in record) || record[key] === undefined) {
      if (!this.partial) this.fail(fieldPath, 'thiếu');
      return undefined;
    }
    return check(record[key], fieldPath);
  }

  integer(min: number, max: number) {
    return (value: unknown, path: string): number | undefined => {
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
      this.fail(path, `phải là số nguyên từ ${min} đến ${max}`, value);
      return undefined;
    };
  }

  string(options: { nonEmpty?: boolean; max?: number } = {}) {
    return (value: unknown, path: string): string | undefined => {
      if (typeof value !== 'string') this.fail(path, 'phải là chữ (chuỗi)', value);
      else if (options.nonEmpty && value.trim() === '') this.fail(path, 'không được để trống');
      else if (value.length > (options.max ?? MAX_TEXT)) this.fail(path, `dài quá ${options.max ?? MAX_TEXT} ký tự`);
      else return value;
      return undefined;
    };
  }

  oneOf<T extends string>(choices: readonly T[]) {
    return (value: unknown, path: string): T | undefined => {
      if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
      this.fail(path, `phải là một trong: ${choices.map((c) => `“${c}”`).join(', ')}`, value);
      return undefined;
    };
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.fail(path, 'phải là true hoặc false', value);
    return undefined;
  }

  list<T>(check: (v: unknown, p: string) => T | undefined, max: number) {
    return (value: unknown, path: string): T[] | undefined => {
      if (!Array.isArray(value)) {
        this.fail(path, 'phải là một danh sách', value);
        return undefined;
      }
      if (value.length > max) {
        this.fail(path, `có quá ${max} mục`);
        return undefined;
      }
      const items = value.map((item, i) => check(item, `${path}[${i}]`));
      return items.every((item) => item !== undefined) ? (items as T[]) : undefined;
    };
  }

  day(value: unknown, path: string): string | undefined {
    if (isIsoDay(value)) return value;
    this.fail(path, 'phải là ngày có thật dạng YYYY-MM-DD', value);
    return undefined;
  }
}

/** Keeps only the fields that were present and valid: the checker has already recorded the rest. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkDeadline(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  const days = c.list((v, p) => c.day(v, p), MAX_DAYS);
  return defined({
    soonWorkingDays: c.field(record, 'soonWorkingDays', path, c.integer(0, 10)),
    extraDaysOff: c.field(record, 'extraDaysOff', path, days),
    extraWorkingDays: c.field(record, 'extraWorkingDays', path, days),
    apologyExtraWorkingDays: c.field(record, 'apologyExtraWorkingDays', path, c.integer(1, 30)),
    confirmedYears: c.field(record, 'confirmedYears', path, c.list(c.integer(2000, 2100), 100)),
  });
}

function checkScript(c: Checker, value: unknown, path: string): CourtesyScript | undefined {
  const record = c.object(value, path);
  if (!record) return undefined;
  // Fields of a script are always required, even in a policy: a script is replaced whole.
  const strict = new Checker(false);
  const script: Partial<CourtesyScript> = {
    id: strict.field(record, 'id', path, strict.string({ nonEmpty: true, max: 100 })),
    stage: strict.field(record, 'stage', path, strict.oneOf(SCRIPT_STAGES)),
    title: strict.field(record, 'title', path, strict.string({ nonEmpty: true, max: 200 })),
    text: strict.field(record, 'text', path, strict.string({ nonEmpty: true })),
  };
  if (record.disabled !== undefined) script.disabled = strict.boolean(record.disabled, `${path}.disabled`);
  c.errors.push(...strict.errors);
  return strict.errors.length === 0 ? (defined(script) as CourtesyScript) : undefined;
}

function checkScripts(c: Checker, value: unknown, path: string): CourtesyScript[] | undefined {
  const scripts = c.list((v, p) => checkScript(c, v, p), MAX_SCRIPTS)(value, path);
  if (!scripts) return undefined;
  const seen = new Set<string>();
  for (const [i, script] of scripts.entries()) {
    if (seen.has(script.id)) c.fail(`${path}[${i}].id`, `trùng mã với một lời nói khác (“${script.id}”)`);
    seen.add(script.id);
  }
  return seen.size === scripts.length ? scripts : undefined;
}

function checkOffice(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  const office: Record<string, string | undefined> = {};
  for (const key of Object.keys(DEFAULT_OFFICE)) {
    office[key] =
      key === 'unitType'
        ? c.field(record, key, path, c.oneOf(UNIT_TYPES))
        : c.field(record, key, path, c.string({ max: 500 }));
  }
  return defined(office) as Partial<Settings['office']>;
}

const BLOCK_FIELDS: Record<string, { strings?: string[]; optional?: string[]; lists?: string[] }> = {
  heading: { strings: ['issuingBody'], optional: ['placeDate', 'number'] },
  title: { strings: ['text'], optional: ['subtitle'] },
  paragraph: { strings: ['text'] },
  list: { lists: ['items'] },
  signature: { strings: ['authority', 'title', 'name'], optional: ['placeDate', 'deputy'] },
  recipients: { lists: ['items'] },
  'page-break': {},
  excerpt: { strings: ['title'], optional: ['note', 'source'], lists: ['items'] },
};
const BLOCK_CHOICES: Record<string, readonly string[]> = {
  align: ['justify', 'left', 'center', 'right'],
  style: ['normal', 'bold', 'italic', 'bold-italic'],
  size: ['small', 'body', 'large'],
  marker: ['dash', 'number'],
};

function checkBlock(c: Checker, value: unknown, path: string): true | undefined {
  const record = c.object(value, path);
  if (!record) return undefined;
  const before = c.errors.length;
  const type = c.oneOf(Object.keys(BLOCK_FIELDS))(record.type, `${path}.type`);
  const fields = type ? BLOCK_FIELDS[type] : undefined;
  if (!fields) return undefined;
  const strict = new Checker(false);
  for (const key of fields.strings ?? []) strict.field(record, key, path, strict.string());
  for (const key of fields.lists ?? []) strict.field(record, key, path, strict.list(strict.string(), 200));
  for (const key of [...(fields.optional ?? []), 'when']) {
    if (record[key] !== undefined) strict.string()(record[key], `${path}.${key}`);
  }
  for (const [key, choices] of Object.entries(BLOCK_CHOICES)) {
    if (record[key] !== undefined) strict.oneOf(choices)(record[key], `${path}.${key}`);
  }
  for (const key of ['indent', 'attachment']) {
    if (record[key] !== undefined) strict.boolean(record[key], `${path}.${key}`);
  }
  c.errors.push(...strict.errors);
  return c.errors.length === before ? true : undefined;
}

function checkTemplate(c: Checker, kind: LetterKind, value: unknown, path: string): LetterTemplate | undefined {
  const record = c.object(value, path);
  if (!record) return undefined;
  const strict = new Checker(false);
  if (record.kind !== kind) strict.fail(`${path}.kind`, `phải là “${kind}”`, record.kind);
  strict.field(record, 'name', path, strict.string({ nonEmpty: true, max: 200 }));
  strict.field(record, 'layout', path, strict.oneOf(['letter', 'certificate']));
  strict.field(record, 'requires', path, strict.list(strict.string({ max: 200 }), 100));
  if (record.defaults !== undefined) {
    const defaults = strict.object(record.defaults, `${path}.defaults`);
    for (const [key, v] of Object.entries(defaults ?? {})) strict.string()(v, `${path}.defaults.${key}`);
  }
  strict.field(
    record,
    'blocks',
    path,
    strict.list((v, p) => checkBlock(strict, v, p), 200),
  );
  c.errors.push(...strict.errors);
  return strict.errors.length === 0 ? (structuredClone(record) as unknown as LetterTemplate) : undefined;
}

function checkLetters(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  const templates = c.field(record, 'templates', path, (v, p) => {
    const map = c.object(v, p);
    if (!map) return undefined;
    const out: Partial<Record<LetterKind, LetterTemplate>> = {};
    let ok = true;
    for (const [key, template] of Object.entries(map)) {
      if (!(LETTER_KINDS as readonly string[]).includes(key)) {
        c.fail(`${p}.${key}`, `không phải loại thư đã biết (${LETTER_KINDS.join(', ')})`);
        ok = false;
        continue;
      }
      const checked = checkTemplate(c, key as LetterKind, template, `${p}.${key}`);
      if (checked) out[key as LetterKind] = checked;
      else ok = false;
    }
    return ok ? out : undefined;
  });
  return defined({
    templates,
    addressStyle: c.field(record, 'addressStyle', path, c.oneOf(ADDRESS_STYLES)),
    apologyNumberFormat: c.field(record, 'apologyNumberFormat', path, (v, p) => checkNumberFormat(c, v, p)),
    condolenceMaxDays: c.field(record, 'condolenceMaxDays', path, c.integer(1, 3650)),
    marriageGift: c.field(record, 'marriageGift', path, (v, p) => c.boolean(v, p)),
    familyCriteriaTitle: c.field(record, 'familyCriteriaTitle', path, c.string({ max: 200 })),
    familyCriteriaText: c.field(record, 'familyCriteriaText', path, c.string()),
  });
}

/** The apology's number line must say where the number goes. */
function checkNumberFormat(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.string({ nonEmpty: true, max: 100 })(value, path);
  if (text === undefined) return undefined;
  if (!text.includes(NUMBER_TOKEN)) {
    c.fail(path, `phải có “${NUMBER_TOKEN}” ở chỗ ghi số phiếu`, value);
    return undefined;
  }
  return text;
}

function checkPlan(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  const words = c.string({ nonEmpty: true, max: 2000 });
  return defined({
    fourAsks: c.field(record, 'fourAsks', path, words),
    fourAlways: c.field(record, 'fourAlways', path, words),
    fiveNevers: c.field(record, 'fiveNevers', path, words),
  });
}

function checkRegister(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  return defined({
    retentionMonths: c.field(record, 'retentionMonths', path, c.integer(1, 60)),
    shareDossierCodes: c.field(record, 'shareDossierCodes', path, (v, p) => c.boolean(v, p)),
  });
}

function checkDesk(c: Checker, value: unknown, path: string) {
  const record = c.object(value, path);
  if (!record) return undefined;
  // A policy names a desk; its id is the browser's own, or two desks would merge in the commune report.
  if (c.partial && record.id !== undefined) {
    c.fail(`${path}.id`, 'do tiện ích tự tạo trên từng máy, chính sách không đặt được');
    return undefined;
  }
  return defined({
    name: c.field(record, 'name', path, c.string({ max: 100 })),
    id: c.partial
      ? undefined
      : c.field(record, 'id', path, (v, p) => {
          if (v === '' || (typeof v === 'string' && DESK_ID_PATTERN.test(v))) return v as string;
          c.fail(p, 'phải để trống hoặc là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch)', v);
          return undefined;
        }),
  });
}

const SECTION_CHECKS: Record<SettingsSection, (c: Checker, value: unknown, path: string) => unknown> = {
  deadline: checkDeadline,
  scripts: checkScripts,
  office: checkOffice,
  letters: checkLetters,
  register: checkRegister,
  desk: checkDesk,
  // A recipe list is replaced whole, like scripts: every recipe complete, even in a policy.
  recipes: (c, value, path) => checkRecipes(value, path, c.fail.bind(c)),
  plan: checkPlan,
};

function check(value: unknown, partial: boolean): Result<PartialSettings> {
  const c = new Checker(partial);
  const record = c.object(value, 'settings');
  if (!record) return { ok: false, errors: c.errors };
  const out: Record<string, unknown> = {};
  for (const section of SETTINGS_SECTIONS) {
    const checked = c.field(record, section, 'settings', (v, p) => SECTION_CHECKS[section](c, v, p));
    if (checked !== undefined) out[section] = checked;
  }
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, value: out as PartialSettings };
}

/**
 * Checks a whole settings value (an imported file) field by field; every problem is listed in Vietnamese.
 * Fields this version does not know are dropped, so they never reach storage unchecked.
 */
export function validateSettings(value: unknown): Result<Settings> {
  return check(value, false) as Result<Settings>;
}

/** Checks the part of the settings a managed policy sets: any section, any fields of an object section. */
export function validatePartialSettings(value: unknown): Result<PartialSettings> {
  return check(value, true);
}
