import type { StateCreator } from 'zustand/vanilla';
import type { ManualEntry } from '../manual-entry/manual-entry';
import type { CourtesyAct } from '../scripts/types';

export interface ManualSlice {
  /** Key of the dossier the entry belongs to (its code, or the page address when no code was read). */
  manualKey: string | null;
  manualEntry: ManualEntry | null;
  /** The "4 xin" the officer ticked for this dossier. */
  courtesy: CourtesyAct[];
  setManualEntry(key: string | null, entry: ManualEntry | null): void;
  setCourtesy(courtesy: CourtesyAct[]): void;
}

export const createManualSlice: StateCreator<ManualSlice, [], [], ManualSlice> = (set) => ({
  manualKey: null,
  manualEntry: null,
  courtesy: [],
  setManualEntry: (manualKey, manualEntry) => set({ manualKey, manualEntry }),
  setCourtesy: (courtesy) => set({ courtesy }),
});
