import type { DeskScreenSettings } from '@/utils/desk/types';
import { validatePartialSettings } from '@/utils/settings/validate';

/**
 * Checks one desk field as an imported file or a policy would be checked: the same Vietnamese message, without the
 * path the settings file needs ("settings.deskScreen.zaloUrl"), which means nothing in a form.
 */
export function deskScreenFieldError<K extends keyof DeskScreenSettings>(
  key: K,
  value: DeskScreenSettings[K],
): string | null {
  const checked = validatePartialSettings({ deskScreen: { [key]: value } });
  if (checked.ok) return null;
  const [first = ''] = checked.errors;
  return first.replace(/^“[^”]*”: /, '').replace(/ \(đang là .*\)\.$/, '.');
}
