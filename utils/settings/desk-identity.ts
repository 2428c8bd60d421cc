import { loadCheckedLocalSettings } from './managed';
import { settingsItem } from './settings';
import { DESK_ID_PATTERN } from './validate';

export interface DeskIdentity {
  id: string;
  /** What was put right in the stored settings, written back with the new id: the page still says so. */
  repaired: string[];
}

let making: Promise<DeskIdentity> | null = null;

/**
 * This browser's desk id: made once, the first time the desk needs one, and kept in the officer's own settings
 * (never in a settings file, never from a policy). Random, so two desks with the same name stay two desks.
 */
export function ensureDesk(): Promise<DeskIdentity> {
  // Two clicks on one page share one read-and-write, so they can never make two ids.
  making ??= (async () => {
    const { value: local, problems } = await loadCheckedLocalSettings();
    if (DESK_ID_PATTERN.test(local.desk.id)) return { id: local.desk.id, repaired: [] };
    const id = crypto.randomUUID();
    await settingsItem.setValue({ ...local, desk: { ...local.desk, id } });
    return { id, repaired: problems };
  })().finally(() => {
    making = null;
  });
  return making;
}

export const ensureDeskId = (): Promise<string> => ensureDesk().then(({ id }) => id);
