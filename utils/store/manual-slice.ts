import type { StateCreator } from 'zustand/vanilla';
import type { ManualEntry } from '../manual-entry/manual-entry';

export interface ManualSlice {
  /** Key of the dossier the entry belongs to (its code, or the page address when no code was read). */
  manualKey: string | null;
  manualEntry: ManualEntry | null;
  setManualEntry(key: string | null, entry: ManualEntry | null): void;
}

export const createManualSlice: StateCreator<ManualSlice, [], [], ManualSlice> = (set) => ({
  manualKey: null,
  manualEntry: null,
  setManualEntry: (manualKey, manualEntry) => set({ manualKey, manualEntry }),
});
