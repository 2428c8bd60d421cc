// No imports: the e2e suite reads this list in Node.

/**
 * The options page's sections by their address (options.html#office), top to bottom. The page gives each its form
 * (components/options/options-sections.tsx); the sidebar and the print page link to them by these names.
 */
export const OPTIONS_SECTION_IDS = [
  'office',
  'letter-rules',
  'templates',
  'scripts',
  'plan',
  'deadline',
  'schedule',
  'report',
  'desk-export',
  'commune-report',
  'register',
  'desk-screen',
  'posters',
  'portals',
  'recipes',
  'import-export',
] as const;

export type OptionsSectionId = (typeof OPTIONS_SECTION_IDS)[number];
