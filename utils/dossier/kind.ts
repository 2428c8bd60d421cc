import { memoise } from './memo';
import { normaliseLabel, phrasePattern } from './text';
import type { DossierKind } from './types';

/** The civil-status events the plan marks with a letter. */
export type CivilEvent = Exclude<DossierKind, 'other'>;

/** Acts that name an event without registering it anew: no congratulation or condolence letter for them. */
export type NonEventAct =
  | 'copy'
  | 'reissue'
  | 're-registration'
  | 'status-confirmation'
  | 'correction'
  | 'recording'
  | 'annulment';

/** What a procedure's name says: its kind, and when it only mentions an event, which one and the act done. */
export interface ProcedureMeaning {
  kind: DossierKind;
  /** The event named by a procedure that is not its registration ("Cấp bản sao trích lục khai sinh" → birth). */
  mentions?: CivilEvent;
  act?: NonEventAct;
}

/** The registrations that make a dossier a birth, marriage or death (its letters and scripts follow). */
const REGISTRATIONS: ReadonlyArray<readonly [CivilEvent, readonly string[]]> = [
  ['birth', ['khai sinh']],
  ['marriage', ['kết hôn', 'tình trạng hôn nhân']],
  ['death', ['khai tử']],
];

/**
 * Acts that name a registration without being one (DOMAIN.md): a copy or extract of an existing record, a re-issue,
 * a re-registration (the event happened long ago), a marital-status certificate, a correction, recording an event
 * registered abroad, undoing a registration ("Hủy việc kết hôn trái pháp luật"). Checked in this order, so "Cấp lại
 * bản sao" is a copy.
 */
const NON_EVENT_ACTS: ReadonlyArray<readonly [NonEventAct, readonly string[]]> = [
  ['copy', ['bản sao', 'trích lục']],
  ['reissue', ['cấp lại']],
  ['re-registration', ['đăng ký lại']],
  ['status-confirmation', ['xác nhận tình trạng hôn nhân', 'tình trạng hôn nhân']],
  ['correction', ['cải chính', 'thay đổi', 'bổ sung thông tin', 'xác định lại', 'điều chỉnh']],
  ['recording', ['ghi vào sổ', 'ghi chú']],
  ['annulment', ['hủy', 'huỷ', 'thu hồi']],
];

const EVENT_PATTERNS = REGISTRATIONS.map(([kind, phrases]) => [kind, phrasePattern(phrases)] as const);
const ACT_PATTERNS = NON_EVENT_ACTS.map(([act, phrases]) => [act, phrasePattern(phrases)] as const);

/**
 * Reads a procedure's name. The first event named decides the kind, unless an act that is not a new registration
 * comes before it: "Liên thông đăng ký khai tử, xóa đăng ký thường trú…" is a death, "Cấp bản sao trích lục khai
 * sinh" mentions a birth but is a copy.
 */
export const readProcedure = memoise(read, 500);

/** The civil-status kind of a procedure, read from its name. */
export const classifyKind = (procedureName: string): DossierKind => readProcedure(procedureName).kind;

function firstMatch<T>(
  text: string,
  patterns: ReadonlyArray<readonly [T, RegExp]>,
): { value: T; at: number } | undefined {
  let best: { value: T; at: number } | undefined;
  for (const [value, pattern] of patterns) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { value, at };
  }
  return best;
}

function read(procedureName: string): ProcedureMeaning {
  const name = normaliseLabel(procedureName);
  const event = firstMatch(name, EVENT_PATTERNS);
  if (!event) return { kind: 'other' };
  const act = firstMatch(name, ACT_PATTERNS);
  if (act && act.at <= event.at) return { kind: 'other', mentions: event.value, act: act.value };
  return { kind: event.value };
}
