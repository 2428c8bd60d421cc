import type { StateCreator } from 'zustand/vanilla';

export interface UiSlice {
  collapsed: boolean;
  /** The officer opened the sidebar from the toolbar, so it stays even where no dossier is recognised. */
  openedByOfficer: boolean;
  /** The reason the officer typed for each late dossier, by code: the apology slip and the delay notice share it. */
  apologyReasons: Readonly<Record<string, string>>;
  setCollapsed(collapsed: boolean): void;
  openByOfficer(): void;
  setApologyReason(code: string, reason: string): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  collapsed: false,
  openedByOfficer: false,
  apologyReasons: {},
  setCollapsed: (collapsed) => set({ collapsed }),
  openByOfficer: () => set({ openedByOfficer: true, collapsed: false }),
  setApologyReason: (code, reason) => set((s) => ({ apologyReasons: { ...s.apologyReasons, [code]: reason } })),
});
