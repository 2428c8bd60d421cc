import type { StateCreator } from 'zustand/vanilla';
import { now } from '../clock/clock';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

export interface SettingsSlice {
  settings: Settings;
  /** Current time (ms); ticks so that deadline levels move on without a reload. */
  now: number;
  setSettings(settings: Settings): void;
  tick(now?: number): void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  now: now(),
  setSettings: (settings) => set({ settings }),
  tick: (time = now()) => set({ now: time }),
});
