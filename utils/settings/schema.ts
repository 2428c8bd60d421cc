import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import type { CourtesyScript } from '../scripts/types';

/** Everything a team lead decides. Each new shape gets a new version and a migration in migrations.ts. */
export interface Settings {
  deadline: {
    /** A dossier is "soon" when at most this many working days remain. */
    soonWorkingDays: number;
    /** Extra days off (YYYY-MM-DD) beyond the shipped holiday schedule. */
    extraDaysOff: string[];
    /** Days that are working days although the calendar says otherwise (make-up Saturdays). */
    extraWorkingDays: string[];
    /** Working days promised on an apology slip, counted from today. */
    apologyExtraWorkingDays: number;
  };
  /** Courtesy scripts by stage, in the order the sidebar shows them. */
  scripts: CourtesyScript[];
}

export const DEFAULT_SETTINGS: Settings = {
  deadline: { soonWorkingDays: 2, extraDaysOff: [], extraWorkingDays: [], apologyExtraWorkingDays: 2 },
  scripts: DEFAULT_SCRIPTS,
};

/** Stored settings may predate a field: fill gaps from the defaults so readers never see undefined. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return {
    deadline: { ...DEFAULT_SETTINGS.deadline, ...stored?.deadline },
    scripts: Array.isArray(stored?.scripts) ? stored.scripts : DEFAULT_SETTINGS.scripts,
  };
}
