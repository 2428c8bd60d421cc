import { storage } from '#imports';
import { pruneRegister } from '../register/register-store';
import { pruneSession } from '../session/session-store';
import { loadEffectiveSettings } from '../settings/managed';

/** Where earlier builds kept the day of the register's last prune; removing it once it is gone does nothing. */
const LEFT_BEHIND = 'local:register.prunedOn';

/**
 * Retention without the "alarms" permission: the background prunes the register and the session records whenever
 * its service worker starts (the browser's start-up included; a prune that changes nothing writes nothing), and the
 * register again on each of its writes. The worker wakes for every portal page and every print, which is when the
 * register is written or read; a browser nobody uses holds nothing new to prune, and the options page shows the
 * register already pruned.
 */
export async function upkeep(): Promise<void> {
  const settings = await loadEffectiveSettings().catch(() => null);
  await Promise.all([
    pruneRegister(settings?.register.retentionMonths ?? 12).catch(() => {}),
    pruneSession().catch(() => {}),
    storage.removeItem(LEFT_BEHIND).catch(() => {}),
  ]);
}
