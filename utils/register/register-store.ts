import { storage } from '#imports';
import { now } from '../clock/clock';
import type { Repaired } from '../settings/repair';
import { type RegisterChange, withChange } from './register-changes';
import { pruned } from './register-log';
import { bounded, EMPTY_REGISTER, repairRegister } from './register-repair';
import type { Register } from './register-types';

/**
 * In storage.local: kept between sessions for the monthly report, pruned on every write and on every start of the
 * background's service worker.
 */
export const registerItem = storage.defineItem<Register>('local:register', { fallback: EMPTY_REGISTER, version: 1 });

/**
 * What the background put right in the register while writing it (no page was looking then): kept until the
 * monthly report has shown it and the team lead has dismissed it.
 */
export const registerRepairs = storage.defineItem<string[]>('local:register.repairs', { fallback: [] });

/** The register as stored, put right where broken, with what was put right (for the report's notice). */
export async function readCheckedRegister(): Promise<Repaired<Register>> {
  const [checked, earlier] = await Promise.all([
    registerItem.getValue().then(repairRegister, () => repairRegister(null)),
    registerRepairs.getValue().catch(() => []),
  ]);
  const stored = Array.isArray(earlier) ? earlier.filter((p): p is string => typeof p === 'string') : [];
  return { value: checked.value, problems: [...new Set([...stored, ...checked.problems])] };
}

/** The background writes the register repaired; what it dropped is kept for the report's notice. */
async function readForWrite(): Promise<Register> {
  const checked = repairRegister(await registerItem.getValue().catch(() => null));
  if (checked.problems.length > 0) {
    const earlier = await registerRepairs.getValue().catch(() => []);
    await registerRepairs.setValue([...(Array.isArray(earlier) ? earlier : []), ...checked.problems].slice(-5));
  }
  return checked.value;
}

export async function readRegister(): Promise<Register> {
  return (await readCheckedRegister()).value;
}

/**
 * Writes are chained here. Only the background service worker calls this: every tab and extension page sends its
 * change there (the `changeRegister` message), so two tabs never read the same register and write back over each other.
 */
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => {});
  return next;
}

const kept = (register: Register, retentionMonths: number) => bounded(pruned(register, now(), retentionMonths));

/** Applies one change (the background's only way to write the register); the result is pruned and bounded. */
export function applyRegisterChange(change: RegisterChange, retentionMonths: number): Promise<void> {
  return serialised(async () => {
    const current = await readForWrite();
    await registerItem.setValue(kept(withChange(current, change, now()), retentionMonths));
  });
}

/** Drops what is past its retention; writes only when that changes the register. */
export function pruneRegister(retentionMonths: number): Promise<void> {
  return serialised(async () => {
    const stored = await registerItem.getValue().catch(() => null);
    if (stored === null) return;
    const next = kept(await readForWrite(), retentionMonths);
    if (JSON.stringify(next) !== JSON.stringify(stored)) await registerItem.setValue(next);
  });
}
