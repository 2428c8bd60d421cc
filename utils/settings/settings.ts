import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});
