import type { StateCreator } from 'zustand/vanilla';

export interface UiSlice {
  collapsed: boolean;
  /** The officer opened the sidebar from the toolbar, so it stays even where no dossier is recognised. */
  openedByOfficer: boolean;
  /** Counts the officer's requests to put the focus in the sidebar (the keyboard shortcut); 0: none yet. */
  focusRequest: number;
  /** The reason the officer typed for each late dossier, by code: the apology slip and the delay notice share it. */
  apologyReasons: Readonly<Record<string, string>>;
  setCollapsed(collapsed: boolean): void;
  openByOfficer(): void;
  /** Opens the sidebar and asks it to focus its first control. */
  requestFocus(): void;
  setApologyReason(code: string, reason: string): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  collapsed: false,
  openedByOfficer: false,
  focusRequest: 0,
  apologyReasons: {},
  setCollapsed: (collapsed) => set({ collapsed }),
  openByOfficer: () => set({ openedByOfficer: true, collapsed: false }),
  requestFocus: () => set((s) => ({ openedByOfficer: true, collapsed: false, focusRequest: s.focusRequest + 1 })),
  setApologyReason: (code, reason) => set((s) => ({ apologyReasons: { ...s.apologyReasons, [code]: reason } })),
});
