import type { StateCreator } from 'zustand/vanilla';

export interface UiSlice {
  collapsed: boolean;
  /** The officer opened the sidebar from the toolbar, so it stays even where no dossier is recognised. */
  openedByOfficer: boolean;
  setCollapsed(collapsed: boolean): void;
  openByOfficer(): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  collapsed: false,
  openedByOfficer: false,
  setCollapsed: (collapsed) => set({ collapsed }),
  openByOfficer: () => set({ openedByOfficer: true, collapsed: false }),
});
