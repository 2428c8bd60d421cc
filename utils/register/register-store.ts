import { storage } from '#imports';
import { now } from '../clock/clock';
import type { Instant } from '../deadline';
import type { Dossier } from '../dossier/types';
import type { CourtesyAct } from '../scripts/types';
import { pruned, withCourtesy, withLetters, withNote, withSeen } from './register-log';
import type { LetterRecord, Register } from './register-types';

const EMPTY: Register = { letters: [], seen: [], courtesy: {} };

/** In storage.local: kept between sessions for the monthly report, pruned on every write. */
export const registerItem = storage.defineItem<Register>('local:register', { fallback: EMPTY, version: 1 });

const normalised = (value: Partial<Register> | null): Register => ({
  letters: Array.isArray(value?.letters) ? value.letters : [],
  seen: Array.isArray(value?.seen) ? value.seen : [],
  courtesy: value?.courtesy && typeof value.courtesy === 'object' ? value.courtesy : {},
});

// Writes from several tabs are chained here; across pages the read-modify-write is short enough to accept.
let queue: Promise<unknown> = Promise.resolve();

async function update(change: (register: Register) => Register, at: Instant, retentionMonths: number) {
  const next = queue.then(async () => {
    const current = normalised(await registerItem.getValue());
    await registerItem.setValue(pruned(change(current), at, retentionMonths));
  });
  queue = next.catch(() => {});
  return next;
}

export async function readRegister(): Promise<Register> {
  return normalised(await registerItem.getValue());
}

export const recordLetters = (records: LetterRecord[], retentionMonths: number) =>
  update((r) => ({ ...r, letters: withLetters(r.letters, records) }), now(), retentionMonths);

export const noteLetters = (ids: string[], note: string, retentionMonths: number) =>
  update((r) => ({ ...r, letters: withNote(r.letters, ids, note) }), now(), retentionMonths);

export const recordSeen = (dossier: Dossier, retentionMonths: number) =>
  update((r) => ({ ...r, seen: withSeen(r.seen, dossier, now()) }), now(), retentionMonths);

export const recordCourtesy = (act: CourtesyAct, change: 1 | -1, retentionMonths: number) =>
  update((r) => ({ ...r, courtesy: withCourtesy(r.courtesy, act, change, now()) }), now(), retentionMonths);

export const clearRegister = () => registerItem.setValue(EMPTY);
