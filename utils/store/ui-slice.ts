import type { StateCreator } from 'zustand/vanilla';

export interface UiSlice {
  collapsed: boolean;
  /** The officer opened the sidebar from the toolbar, so it stays even where no dossier is recognised. */
  openedByOfficer: boolean;
  /** Counts the officer's requests to put the focus in the sidebar (the keyboard shortcut); 0: none yet. */
  focusRequest: number;
  setCollapsed(collapsed: boolean): void;
  openByOfficer(): void;
  /** Opens the sidebar and asks it to focus its first control. */
  requestFocus(): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  collapsed: false,
  openedByOfficer: false,
  focusRequest: 0,
  setCollapsed: (collapsed) => set({ collapsed }),
  openByOfficer: () => set({ openedByOfficer: true, collapsed: false }),
  requestFocus: () => set((s) => ({ openedByOfficer: true, collapsed: false, focusRequest: s.focusRequest + 1 })),
});
