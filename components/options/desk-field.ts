import type { DeskSettings } from '@/utils/desk/types';
import { validatePartialSettings } from '@/utils/settings/validate';

/**
 * Checks one desk field as an imported file or a policy would be checked: the same Vietnamese message, without the
 * path the settings file needs ("settings.desk.zaloUrl"), which means nothing in a form.
 */
export function deskFieldError<K extends keyof DeskSettings>(key: K, value: DeskSettings[K]): string | null {
  const checked = validatePartialSettings({ desk: { [key]: value } });
  if (checked.ok) return null;
  const [first = ''] = checked.errors;
  return first.replace(/^“[^”]*”: /, '').replace(/ \(đang là .*\)\.$/, '.');
}
