import type { StateCreator } from 'zustand/vanilla';
import type { DossierReading, DossierSummary } from '../dossier/types';

export type PageKind = 'dossier' | 'list' | 'none';

export interface PageSlice {
  reading: DossierReading;
  list: DossierSummary[];
  pageKind: PageKind;
  setPage(reading: DossierReading, list: DossierSummary[]): void;
}

const EMPTY_READING: DossierReading = { adapter: null, dossier: null, missing: [] };

export const createPageSlice: StateCreator<PageSlice, [], [], PageSlice> = (set) => ({
  reading: EMPTY_READING,
  list: [],
  pageKind: 'none',
  setPage: (reading, list) =>
    set({ reading, list, pageKind: reading.dossier ? 'dossier' : list.length > 0 ? 'list' : 'none' }),
});
