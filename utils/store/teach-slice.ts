import type { StateCreator } from 'zustand/vanilla';
import type { ColumnLocator, FieldLocator, RecipeField, RecipeScope } from '../dossier/recipes/types';

/** Teaching the sidebar one field: pointing at the page, then confirming what it would read. */
export interface Teaching {
  scope: RecipeScope;
  field: RecipeField;
  /** pointing → proposed (or refused) → saved; the officer may cancel at any step. */
  phase: 'pointing' | 'proposed' | 'refused' | 'saving' | 'saved';
  /** What the taught way reads where the officer pointed; shown for confirmation, kept in memory only. */
  value?: string;
  /** How it will find the field: a label (or header) and/or a selector. Never a citizen's value. */
  locator?: FieldLocator | ColumnLocator;
  /** For a list column: in how many rows it reads a value. */
  rows?: number;
  /** Why it was refused, or that it was saved. */
  message?: string;
}

export interface TeachSlice {
  teaching: Teaching | null;
  setTeaching(teaching: Teaching | null): void;
}

export const createTeachSlice: StateCreator<TeachSlice, [], [], TeachSlice> = (set) => ({
  teaching: null,
  setTeaching: (teaching) => set({ teaching }),
});
