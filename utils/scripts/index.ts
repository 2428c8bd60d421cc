export { scriptsFor } from './choose';
export { capitalise, honorific } from './honorific';
export { personalise, type ScriptContext } from './personalise';
export { STAGE_LABEL, stageOf } from './stage';
export type { CourtesyAct, CourtesyScript, Stage } from './types';
