/** The placeholders `personalise` fills; anything else in double braces would be dropped from the spoken text. */
export const SCRIPT_PLACEHOLDERS = [
  'honorific',
  'Honorific',
  'applicantName',
  'givenName',
  'code',
  'procedureName',
  'dueDate',
  'newReturnDate',
] as const;

/** Placeholders a team lead typed that the sidebar cannot fill (a typo, a space, a Vietnamese word), once each. */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1] ?? '');
  const known = SCRIPT_PLACEHOLDERS as readonly string[];
  return [...new Set(found.filter((name) => !known.includes(name)))];
}
