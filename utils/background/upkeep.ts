import { pruneRegister } from '../register/register-store';
import { pruneSession } from '../session/session-store';
import { loadEffectiveSettings } from '../settings/managed';

/**
 * Retention without the "alarms" permission: the background prunes the register whenever its worker starts (the
 * browser's start-up included; a prune that changes nothing writes nothing) and then at most once a Vietnam day,
 * checked on each register write. The service worker
 * wakes for every portal page and every print, which is when the register is written or read; a browser
 * nobody uses holds nothing new to prune, and the options page shows the register already pruned.
 */
export async function upkeep(force = false): Promise<void> {
  const settings = await loadEffectiveSettings().catch(() => null);
  await Promise.all([
    pruneRegister(settings?.register.retentionMonths ?? 12, force).catch(() => false),
    pruneSession().catch(() => {}),
  ]);
}
