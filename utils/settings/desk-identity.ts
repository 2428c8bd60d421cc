import { loadLocalSettings } from './managed';
import { settingsItem } from './settings';
import { DESK_ID_PATTERN } from './validate';

let making: Promise<string> | null = null;

/**
 * This browser's desk id: made once, the first time the desk needs one, and kept in the officer's own settings
 * (never in a settings file, never from a policy). Random, so two desks with the same name stay two desks.
 */
export function ensureDeskId(): Promise<string> {
  // Two clicks on one page share one read-and-write, so they can never make two ids.
  making ??= (async () => {
    const local = await loadLocalSettings();
    if (DESK_ID_PATTERN.test(local.desk.id)) return local.desk.id;
    const id = crypto.randomUUID();
    await settingsItem.setValue({ ...local, desk: { ...local.desk, id } });
    return id;
  })().finally(() => {
    making = null;
  });
  return making;
}
