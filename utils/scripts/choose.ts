import type { CourtesyScript, Stage } from './types';

/** The enabled scripts for a stage, in the team lead's order; stage-specific ones before the general ones. */
export function scriptsFor(stage: Stage, scripts: readonly CourtesyScript[]): CourtesyScript[] {
  const enabled = scripts.filter((s) => !s.disabled);
  return [...enabled.filter((s) => s.stage === stage), ...enabled.filter((s) => s.stage === 'any')];
}
