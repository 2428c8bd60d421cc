import type { StateCreator } from 'zustand/vanilla';
import type { Dossier, DossierReading } from '../dossier/types';
import type { RowWithDeadline } from '../page/list-deadlines';

export type PageKind = 'dossier' | 'list' | 'none';

export interface PageSlice {
  reading: DossierReading;
  /** Rows of a list page, with their elements so the sidebar can scroll to one. */
  list: RowWithDeadline[];
  pageKind: PageKind;
  /** Dossiers of this list read whole on their own pages earlier in the session, by code (for batch letters). */
  knownDossiers: Record<string, Dossier>;
  setPage(reading: DossierReading, list: RowWithDeadline[]): void;
  setKnownDossiers(known: Record<string, Dossier>): void;
}

const EMPTY_READING: DossierReading = { adapter: null, dossier: null, missing: [] };

export const createPageSlice: StateCreator<PageSlice, [], [], PageSlice> = (set) => ({
  reading: EMPTY_READING,
  list: [],
  pageKind: 'none',
  knownDossiers: {},
  setKnownDossiers: (knownDossiers) => set({ knownDossiers }),
  setPage: (reading, list) =>
    set({ reading, list, pageKind: reading.dossier ? 'dossier' : list.length > 0 ? 'list' : 'none' }),
});
