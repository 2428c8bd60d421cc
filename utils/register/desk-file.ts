import type { Instant } from '../deadline';
import { vietnamToday } from '../deadline/vietnam-time';
import { LETTER_KINDS } from '../letters/kinds';
import type { LetterKind } from '../letters/types';
import type { CourtesyAct } from '../scripts/types';
import { fileChecks, jsonDepthExceeds } from '../settings/json-guard';
import { DESK_ID_PATTERN } from '../settings/validate';
import { monthlyReport, REPORT_ACTS, reportMonths } from './monthly-report';
import { monthOf } from './months';
import type { Register } from './register-types';

/**
 * A desk's register file: what one officer's browser hands the team lead for the commune report. Counts per month
 * only; dossier codes when the team lead allows it; never a citizen's name (the format has no place for one, and
 * whatever else a file holds is dropped on import).
 */

/** The same app marker as settings files; `format` tells the two kinds of file apart. */
export const DESK_FILE_APP = 'mot-cua-than-thien';
export const DESK_FILE_FORMAT = 'so-theo-doi';
/** Raise with every new shape, and read the older ones in parseDeskFile. */
export const DESK_FILE_VERSION = 1;
/** Twelve months of a busy desk with codes is about 150 kB; anything far larger is not ours. */
export const MAX_DESK_FILE_BYTES = 1024 * 1024;
/** The format nests four levels deep (file → months → month → letters); deeper is refused before parsing. */
export const MAX_DESK_FILE_DEPTH = 6;
const MAX_COUNT = 1_000_000;
const MAX_MONTHS = 240;
const MAX_CODES = 20_000;
const MAX_NAME = 100;

/** One month of one desk: the figures of the monthly report that add up across desks. */
export interface DeskMonth {
  /** `YYYY-MM`. */
  month: string;
  letters: Record<LetterKind, number>;
  dossiersSeen: number;
  /** Dossiers seen that month and returned, and how many of them by their due day. */
  returned: number;
  returnedOnTime: number;
  /** "4 xin" ticks. */
  courtesy: Record<CourtesyAct, number>;
  /** Codes (mã hồ sơ) of the dossiers seen, only when the team lead allows it. */
  dossierCodes?: string[];
}

export interface DeskIdentity {
  id: string;
  name: string;
}

export interface DeskFile {
  app: typeof DESK_FILE_APP;
  format: typeof DESK_FILE_FORMAT;
  version: number;
  exportedAt: string;
  desk: DeskIdentity;
  months: DeskMonth[];
}

/** Every month of the register with something in it, and the current one, oldest first. */
export function deskMonths(register: Register, now: Instant, shareDossierCodes: boolean): DeskMonth[] {
  return reportMonths(register, monthOf(now))
    .sort()
    .map((month) => {
      const report = monthlyReport(register, month);
      const entry: DeskMonth = {
        month,
        letters: { ...report.lettersByKind },
        dossiersSeen: report.dossiersSeen,
        returned: report.returned,
        returnedOnTime: report.returnedOnTime,
        courtesy: { ...report.courtesy },
      };
      if (shareDossierCodes)
        entry.dossierCodes = [...new Set(register.seen.filter((r) => r.month === month).map((r) => r.code))].sort();
      return entry;
    });
}

export function deskFile(register: Register, desk: DeskIdentity, now: number, shareDossierCodes: boolean): DeskFile {
  return {
    app: DESK_FILE_APP,
    format: DESK_FILE_FORMAT,
    version: DESK_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    desk: { id: desk.id, name: desk.name.normalize('NFC').trim() },
    months: deskMonths(register, now, shareDossierCodes),
  };
}

export const exportDeskFile = (file: DeskFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** Plain ASCII for a file name: "Bàn 1 – Hộ tịch" → "ban-1-ho-tich". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** `so-theo-doi-ban-1-ho-tich-2026-11-25.json`, dated in Vietnam time. */
export const deskFileName = (deskName: string, now: number): string =>
  `${['so-theo-doi', fileSlug(deskName)].filter(Boolean).join('-')}-${vietnamToday(now)}.json`;

// --- reading a file ---------------------------------------------------------------------------------------------

export type ParsedDeskFile = { ok: true; file: DeskFile } | { ok: false; errors: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shown(value: unknown): string {
  if (value === undefined) return 'không có';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const FILE = fileChecks('sổ theo dõi', MAX_DESK_FILE_BYTES);

/** Checks a file's size before reading it, so a huge file is never read into memory. */
export const deskFileSizeError = FILE.sizeError;

const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value >= '2000-01' && value <= '2999-12';

/** Collects every problem with its place in the file, so the team lead sees all of them at once. */
class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string, ...value: unknown[]) {
    this.errors.push(`“${path}”: ${message}${value.length > 0 ? ` (đang là ${shown(value[0])})` : ''}.`);
  }

  count(record: Record<string, unknown>, key: string, path: string): number {
    const value = record[key];
    if (value === undefined) this.fail(`${path}.${key}`, 'thiếu');
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_COUNT)
      this.fail(`${path}.${key}`, `phải là số nguyên từ 0 đến ${MAX_COUNT}`, value);
    else return value;
    return 0;
  }

  /** An object of counts with exactly these keys. */
  counts<K extends string>(value: unknown, keys: readonly K[], path: string, what: string): Record<K, number> {
    const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    if (!isRecord(value)) {
      this.fail(path, 'phải là một nhóm số liệu (đối tượng JSON)', value);
      return out;
    }
    for (const key of Object.keys(value)) {
      if (!(keys as readonly string[]).includes(key))
        this.fail(`${path}.${key}`, `không phải ${what} đã biết (${keys.join(', ')})`);
    }
    for (const key of keys) out[key] = this.count(value, key, path);
    return out;
  }

  codes(value: unknown, path: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(path, 'phải là một danh sách mã hồ sơ', value);
      return undefined;
    }
    if (value.length > MAX_CODES) {
      this.fail(path, `có quá ${MAX_CODES} mã`);
      return undefined;
    }
    const before = this.errors.length;
    value.forEach((code, i) => {
      // A code has no spaces: a name (or any sentence) slipped into the list is refused, not imported.
      if (typeof code !== 'string' || !/^\S{1,64}$/.test(code))
        this.fail(`${path}[${i}]`, 'phải là một mã hồ sơ (1–64 ký tự, không có khoảng trắng)', code);
    });
    return this.errors.length === before ? [...new Set(value as string[])].sort() : undefined;
  }

  month(value: unknown, path: string): DeskMonth | undefined {
    if (!isRecord(value)) {
      this.fail(path, 'phải là số liệu của một tháng (đối tượng JSON)', value);
      return undefined;
    }
    const before = this.errors.length;
    if (!isMonth(value.month)) this.fail(`${path}.month`, 'phải là tháng có thật dạng YYYY-MM', value.month);
    const entry: DeskMonth = {
      month: String(value.month),
      letters: this.counts(value.letters, LETTER_KINDS, `${path}.letters`, 'loại thư'),
      dossiersSeen: this.count(value, 'dossiersSeen', path),
      returned: this.count(value, 'returned', path),
      returnedOnTime: this.count(value, 'returnedOnTime', path),
      courtesy: this.counts(value.courtesy, REPORT_ACTS, `${path}.courtesy`, 'việc “4 xin”'),
    };
    if (this.errors.length === before) {
      if (entry.returned > entry.dossiersSeen)
        this.fail(`${path}.returned`, `không thể lớn hơn số hồ sơ đã xem (${entry.dossiersSeen})`, entry.returned);
      if (entry.returnedOnTime > entry.returned)
        this.fail(
          `${path}.returnedOnTime`,
          `không thể lớn hơn số hồ sơ đã trả (${entry.returned})`,
          entry.returnedOnTime,
        );
    }
    if (value.dossierCodes !== undefined) {
      const codes = this.codes(value.dossierCodes, `${path}.dossierCodes`);
      if (codes) entry.dossierCodes = codes;
    }
    return this.errors.length === before ? entry : undefined;
  }
}

/**
 * Reads a desk's register file as carefully as a settings file: size and nesting before parsing, JSON, app marker,
 * format, version (a newer one is refused), then every field, each problem in Vietnamese with its place. Only the
 * fields of the format are kept: anything else in the file is dropped.
 */
export function parseDeskFile(text: string): ParsedDeskFile {
  const tooLarge = FILE.textSizeError(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  if (jsonDepthExceeds(text, MAX_DESK_FILE_DEPTH))
    return {
      ok: false,
      errors: [`Tệp có dữ liệu lồng nhau quá ${MAX_DESK_FILE_DEPTH} tầng: đây không phải tệp sổ theo dõi.`],
    };
  const read = FILE.parseObject(text);
  if (!read.ok) return read;
  const parsed = read.value;
  if (parsed.app === DESK_FILE_APP && parsed.format === undefined && parsed.settings !== undefined)
    return {
      ok: false,
      errors: [
        'Đây là tệp cài đặt, không phải tệp sổ theo dõi của bàn: nhập tệp này ở phần “Xuất và nhập tệp cài đặt”.',
      ],
    };

  const errors: string[] = [];
  if (parsed.app !== DESK_FILE_APP || parsed.format !== DESK_FILE_FORMAT)
    errors.push(
      `Tệp không phải tệp sổ theo dõi Một Cửa Thân Thiện (“app” phải là “${DESK_FILE_APP}”, “format” phải là “${DESK_FILE_FORMAT}”).`,
    );
  const versionError = FILE.versionError(parsed.version, DESK_FILE_VERSION);
  if (versionError) errors.push(versionError);
  if (errors.length > 0) return { ok: false, errors };

  const c = new Checker();
  const exportedAt = parsed.exportedAt;
  if (typeof exportedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(exportedAt) || Number.isNaN(Date.parse(exportedAt)))
    c.fail('exportedAt', 'phải là thời điểm xuất tệp dạng ISO (2026-11-25T09:00:00.000Z)', exportedAt);
  const desk: DeskIdentity = { id: '', name: '' };
  if (!isRecord(parsed.desk)) c.fail('desk', 'phải có mã và tên bàn (đối tượng JSON)', parsed.desk);
  else {
    const { id, name } = parsed.desk;
    if (typeof id !== 'string' || !DESK_ID_PATTERN.test(id))
      c.fail('desk.id', 'phải là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch)', id);
    else desk.id = id;
    if (typeof name !== 'string' || name.trim() === '') c.fail('desk.name', 'phải có tên bàn', name);
    else if (name.length > MAX_NAME) c.fail('desk.name', `dài quá ${MAX_NAME} ký tự`);
    else desk.name = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  }
  const months: DeskMonth[] = [];
  if (!Array.isArray(parsed.months)) c.fail('months', 'phải là danh sách các tháng', parsed.months);
  else if (parsed.months.length === 0) c.fail('months', 'không có tháng nào');
  else if (parsed.months.length > MAX_MONTHS) c.fail('months', `có quá ${MAX_MONTHS} tháng`);
  else {
    const seen = new Set<string>();
    parsed.months.forEach((value, i) => {
      const month = c.month(value, `months[${i}]`);
      const name = isRecord(value) && isMonth(value.month) ? value.month : undefined;
      if (name && seen.has(name)) c.fail(`months[${i}].month`, `tháng ${name} có hai lần trong tệp`);
      if (name) seen.add(name);
      if (month) months.push(month);
    });
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    file: {
      app: DESK_FILE_APP,
      format: DESK_FILE_FORMAT,
      version: DESK_FILE_VERSION,
      exportedAt: exportedAt as string,
      desk,
      months: months.sort((a, b) => a.month.localeCompare(b.month)),
    },
  };
}
