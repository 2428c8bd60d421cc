import type { Instant } from '../deadline';
import type { Dossier } from '../dossier/types';
import type { CourtesyAct } from '../scripts/types';
import { withCourtesy, withLetters, withNote, withSeen } from './register-log';
import { COURTESY_ACTS, EMPTY_REGISTER, isLetterRecord } from './register-repair';
import type { LetterRecord, Register } from './register-types';

/** What the register needs of a dossier seen: no names, no dates but the two its outcome is read from. */
export type SeenDossier = Pick<Dossier, 'code' | 'kind' | 'status' | 'dueAt' | 'completedAt'>;

/** One write to the register. Pages ask for it; only the background applies it, one at a time. */
export type RegisterChange =
  | { op: 'seen'; dossier: SeenDossier }
  | { op: 'courtesy'; act: CourtesyAct; change: 1 | -1 }
  | { op: 'letters'; records: LetterRecord[] }
  | { op: 'note'; ids: string[]; note: string }
  | { op: 'clear' };

/** Changes only the extension's own pages may ask for (a content script shares its page's fate). */
export const PAGE_ONLY_OPS: ReadonlySet<RegisterChange['op']> = new Set(['letters', 'note', 'clear']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isShortText = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length <= max;
const optionalText = (value: unknown) => value === undefined || isShortText(value, 60);

export const seenDossierOf = ({ code, kind, status, dueAt, completedAt }: SeenDossier): SeenDossier => ({
  code,
  kind,
  status,
  ...(dueAt !== undefined && { dueAt }),
  ...(completedAt !== undefined && { completedAt }),
});

export function isRegisterChange(value: unknown): value is RegisterChange {
  if (!isRecord(value)) return false;
  switch (value.op) {
    case 'seen': {
      const d = value.dossier;
      return (
        isRecord(d) &&
        isShortText(d.code) &&
        d.code !== '' &&
        isShortText(d.kind, 20) &&
        isShortText(d.status, 20) &&
        optionalText(d.dueAt) &&
        optionalText(d.completedAt)
      );
    }
    case 'courtesy':
      return (COURTESY_ACTS as readonly unknown[]).includes(value.act) && (value.change === 1 || value.change === -1);
    case 'letters':
      return Array.isArray(value.records) && value.records.length <= 100 && value.records.every(isLetterRecord);
    case 'note':
      return (
        Array.isArray(value.ids) &&
        value.ids.length <= 100 &&
        value.ids.every((id) => isShortText(id)) &&
        isShortText(value.note, 500)
      );
    case 'clear':
      return true;
    default:
      return false;
  }
}

/** The register after one change at `at`. */
export function withChange(register: Register, change: RegisterChange, at: Instant): Register {
  switch (change.op) {
    case 'seen':
      return { ...register, seen: withSeen(register.seen, change.dossier, at) };
    case 'courtesy':
      return { ...register, courtesy: withCourtesy(register.courtesy, change.act, change.change, at) };
    case 'letters':
      return { ...register, letters: withLetters(register.letters, change.records) };
    case 'note':
      return { ...register, letters: withNote(register.letters, change.ids, change.note) };
    case 'clear':
      return EMPTY_REGISTER;
  }
}
