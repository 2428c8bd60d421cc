import type { Instant } from '../deadline';
import type { Dossier } from '../dossier/types';
import { vietnamDayOf } from '../letters/date-words';
import type { CourtesyAct } from '../scripts/types';
import { monthOf, oldestKeptMonth } from './months';
import type { SeenDossier } from './register-changes';
import type { CourtesyTotals, DossierOutcome, LetterRecord, Register, SeenRecord } from './register-types';

/** How a dossier ended: returned by its due day, after it, or not yet. */
export function outcomeOf(dossier: Pick<Dossier, 'status' | 'dueAt' | 'completedAt'>): DossierOutcome {
  if (dossier.status !== 'returned') return 'open';
  const done = vietnamDayOf(dossier.completedAt);
  const due = vietnamDayOf(dossier.dueAt);
  if (!done || !due) return 'open';
  return done <= due ? 'on-time' : 'late';
}

/** The seen log with this dossier counted once for the month; a later reading updates how it ended. */
export function withSeen(seen: readonly SeenRecord[], dossier: SeenDossier, now: Instant): SeenRecord[] {
  if (!dossier.code) return [...seen];
  const record: SeenRecord = {
    month: monthOf(now),
    code: dossier.code,
    kind: dossier.kind,
    outcome: outcomeOf(dossier),
  };
  const others = seen.filter((r) => r.month !== record.month || r.code !== record.code);
  return [...others, record];
}

/** Totals after a tick (+1) or an untick (−1); never below zero. */
export function withCourtesy(totals: CourtesyTotals, act: CourtesyAct, change: 1 | -1, now: Instant): CourtesyTotals {
  const month = monthOf(now);
  const counts = { ...totals[month] };
  counts[act] = Math.max(0, (counts[act] ?? 0) + change);
  return { ...totals, [month]: counts };
}

export function withLetters(letters: readonly LetterRecord[], added: readonly LetterRecord[]): LetterRecord[] {
  const ids = new Set(added.map((r) => r.id));
  return [...letters.filter((r) => !ids.has(r.id)), ...added];
}

/** The officer's note on letters already recorded (a blank note removes it). */
export function withNote(letters: readonly LetterRecord[], ids: readonly string[], note: string): LetterRecord[] {
  const chosen = new Set(ids);
  const text = note.trim();
  return letters.map((r) => {
    if (!chosen.has(r.id)) return r;
    const { note: _old, ...rest } = r;
    return text ? { ...rest, note: text } : rest;
  });
}

/** Drops everything older than the retention the settings give: personal or not, nothing is kept longer. */
export function pruned(register: Register, now: Instant, retentionMonths: number): Register {
  const oldest = oldestKeptMonth(now, retentionMonths);
  return {
    letters: register.letters.filter((r) => monthOf(r.printedAt) >= oldest),
    seen: register.seen.filter((r) => r.month >= oldest),
    courtesy: Object.fromEntries(Object.entries(register.courtesy).filter(([month]) => month >= oldest)),
  };
}
