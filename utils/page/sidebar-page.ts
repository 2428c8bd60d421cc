/**
 * Everything the content script does once the portal page has loaded, in one module: the content script imports
 * it with import(), so none of it (readers' label tables, settings checks, the sidebar's CSS…) is evaluated while
 * the page is still parsing.
 */
export { type ReadPage, type SidebarController, startSidebar } from './sidebar-controller';
export { startValuesFrom } from './start-values';
export { watchPage } from './watch-page';
