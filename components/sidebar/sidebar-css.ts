import sidebarCss from './sidebar.css?inline';
import teachCss from './teach.css?inline';

/** The sidebar's styles, put into its shadow root by the content script's controller. */
export const SIDEBAR_CSS = `${sidebarCss}\n${teachCss}`;
