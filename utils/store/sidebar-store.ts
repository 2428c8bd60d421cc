import { createStore } from 'zustand/vanilla';
import { createManualSlice, type ManualSlice } from './manual-slice';
import { createPageSlice, type PageSlice } from './page-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTeachSlice, type TeachSlice } from './teach-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type SidebarState = PageSlice & UiSlice & ManualSlice & SettingsSlice & TeachSlice;

// No persist middleware: in a content script its default storage is the portal's localStorage.
export const createSidebarStore = () =>
  createStore<SidebarState>()((...a) => ({
    ...createPageSlice(...a),
    ...createUiSlice(...a),
    ...createManualSlice(...a),
    ...createSettingsSlice(...a),
    ...createTeachSlice(...a),
  }));

export type SidebarStore = ReturnType<typeof createSidebarStore>;
