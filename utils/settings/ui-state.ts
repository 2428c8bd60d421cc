import { storage } from '#imports';

/** Whether the officer collapsed the sidebar; remembered across pages and restarts. Holds no citizen data. */
export const sidebarCollapsed = storage.defineItem<boolean>('local:ui.sidebarCollapsed', {
  fallback: false,
  version: 1,
});
