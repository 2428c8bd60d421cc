// No imports: wxt.config.ts reads this list in Node.

/**
 * Modules the sidebar's UI script (sidebar-ui.js) takes from the content script (content.js) instead of carrying a
 * copy of its own. Both run in the extension's isolated world of the same page, and the UI script is injected only
 * once the content script has started: so these are bundled once, and the UI shares their state (the browser API
 * wrapper, storage watchers, the product clock). By import path; utils/page/ui-shared.ts hands them over and
 * utils/build/share-with-sidebar-ui.ts makes the UI script's build read them from there.
 *
 * What belongs here: what content.js already needs. A module only the sidebar's UI uses stays in sidebar-ui.js
 * (listed here, it would weigh on every portal page instead).
 */
export const UI_SHARED_MODULES = [
  'wxt/browser',
  'wxt/utils/storage',
  '@/templates/desk-screen',
  '@/templates/letters',
  '@/templates/letters/common',
  '@/templates/plan-words',
  '@/utils/clock/clock',
  '@/utils/deadline/calendar',
  '@/utils/deadline/holidays',
  '@/utils/deadline/iso-day',
  '@/utils/deadline/level',
  '@/utils/deadline/lunar',
  '@/utils/deadline/official-schedules',
  '@/utils/deadline/vietnam-time',
  '@/utils/deadline/whose-clock',
  '@/utils/dossier/code',
  '@/utils/dossier/dates',
  '@/utils/dossier/dom-text',
  '@/utils/dossier/gender',
  '@/utils/dossier/kind',
  '@/utils/dossier/memo',
  '@/utils/dossier/missing',
  '@/utils/dossier/recipes/find',
  '@/utils/dossier/recipes/read-columns',
  '@/utils/dossier/recipes/read-fields',
  '@/utils/dossier/recipes/selector',
  '@/utils/dossier/recipes/taught-values',
  '@/utils/dossier/status',
  '@/utils/dossier/text',
  '@/utils/letters/blocks',
  '@/utils/letters/fill',
  '@/utils/letters/honorific',
  '@/utils/letters/placeholder-names',
  '@/utils/manual-entry/manual-entry',
  '@/utils/manual-entry/statuses',
  '@/utils/page/row-marks',
  '@/utils/page/list-deadlines',
  '@/utils/page/sidebar-glance',
  '@/utils/page/sidebar-ui-bridge',
  '@/utils/placeholders/names',
  '@/utils/portal-hosts',
  '@/utils/settings/deadline-settings',
  '@/utils/settings/schema',
] as const;

export type UiSharedModule = (typeof UI_SHARED_MODULES)[number];

/** Where content.js leaves them: a global of the isolated world (a page's own scripts never see it). */
export const UI_SHARED_GLOBAL = 'mctt.ui-shared';
