import type { CourtesyScript } from './types';

/** Script list edits for the options page; each returns a new list and keeps the other scripts' order. */

export function updateScript(scripts: CourtesyScript[], id: string, patch: Partial<CourtesyScript>): CourtesyScript[] {
  return scripts.map((s) => (s.id === id ? { ...s, ...patch, id } : s));
}

export const removeScript = (scripts: CourtesyScript[], id: string): CourtesyScript[] =>
  scripts.filter((s) => s.id !== id);

/** Swaps a script with its neighbour of the same stage: the sidebar orders scripts within a stage only. */
export function moveScript(scripts: CourtesyScript[], id: string, direction: -1 | 1): CourtesyScript[] {
  const index = scripts.findIndex((s) => s.id === id);
  const script = scripts[index];
  if (!script) return scripts;
  let other = index + direction;
  while (other >= 0 && other < scripts.length && scripts[other]?.stage !== script.stage) other += direction;
  const neighbour = scripts[other];
  if (!neighbour) return scripts;
  const next = [...scripts];
  next[index] = neighbour;
  next[other] = script;
  return next;
}

/** A new script after the last one of its stage, with an id no other script has. */
export function addScript(scripts: CourtesyScript[], script: Omit<CourtesyScript, 'id'>): CourtesyScript[] {
  const ids = new Set(scripts.map((s) => s.id));
  let n = scripts.length + 1;
  while (ids.has(`custom-${n}`)) n++;
  const added = { ...script, id: `custom-${n}` };
  const last = scripts.findLastIndex((s) => s.stage === script.stage);
  return last < 0 ? [...scripts, added] : [...scripts.slice(0, last + 1), added, ...scripts.slice(last + 1)];
}
