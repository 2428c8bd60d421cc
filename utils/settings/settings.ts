import { storage } from '#imports';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // WXT runs each step from the stored version up; the same steps serve imported files.
  migrations: SETTINGS_MIGRATIONS as unknown as Record<number, (value: unknown) => Settings>,
});
