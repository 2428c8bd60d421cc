import type { StateCreator } from 'zustand/vanilla';
import type { ManualEntry } from '../manual-entry/manual-entry';
import type { CourtesyAct } from '../scripts/types';

export interface ManualSlice {
  /** Key of the dossier the entry belongs to (its code, or the page address when no code was read). */
  manualKey: string | null;
  manualEntry: ManualEntry | null;
  /** Counts changes made elsewhere (another tab of the same dossier), so an open form shows them. */
  manualRevision: number;
  /** The "4 xin" the officer ticked for this dossier. */
  courtesy: CourtesyAct[];
  setManualEntry(key: string | null, entry: ManualEntry | null, fromElsewhere?: boolean): void;
  setCourtesy(courtesy: CourtesyAct[]): void;
}

export const createManualSlice: StateCreator<ManualSlice, [], [], ManualSlice> = (set) => ({
  manualKey: null,
  manualEntry: null,
  manualRevision: 0,
  courtesy: [],
  setManualEntry: (manualKey, manualEntry, fromElsewhere = false) =>
    set((state) => ({
      manualKey,
      manualEntry,
      manualRevision: fromElsewhere ? state.manualRevision + 1 : state.manualRevision,
    })),
  setCourtesy: (courtesy) => set({ courtesy }),
});
