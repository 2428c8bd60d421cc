import * as v from 'valibot';
import type { PartialSettings, Settings } from './schema';
import {
  PolicySettingsSchema,
  RECIPES,
  SettingsSchema,
  type SettingsUse,
  StoredSettingsSchema,
} from './settings-schema';

export type { PartialSettings } from './schema';
export type { SettingsSection } from './settings-schema';
export { DESK_ID_PATTERN, LETTER_KINDS, SETTINGS_SECTIONS } from './settings-schema';

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `settings.letters.templates.condolence.blocks[0].text`: where the team lead finds the field in the file. */
function pathOf(root: string, issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce(
    (path, item) => (typeof item.key === 'number' ? `${path}[${item.key}]` : `${path}.${String(item.key)}`),
    root,
  );
}

/** Every problem, one line each, in Vietnamese: a field that is not there is "missing", whatever its schema says. */
export function describeIssues(root: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `“${pathOf(root, issue)}”: ${issue.input === undefined ? 'thiếu' : issue.message}.`);
}

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, root = 'settings'): Result<T> {
  // One message per field: a number out of range says so once, not once per rule it breaks.
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, errors: describeIssues(root, result.issues) };
}

/**
 * Checks a whole settings value (an imported file) field by field; every problem is listed in Vietnamese.
 * Fields this version does not know are dropped, so they never reach storage unchecked.
 */
export function validateSettings(value: unknown): Result<Settings> {
  return check(SettingsSchema, value);
}

const PARTIAL: Record<Exclude<SettingsUse, 'file'>, v.GenericSchema<unknown, PartialSettings>> = {
  policy: PolicySettingsSchema,
  stored: StoredSettingsSchema,
};

/**
 * Checks the part of the settings a managed policy sets: any section, any fields of an object section. The
 * officer's own stored settings (`stored`, see repair.ts) may hold this browser's desk id, which a policy may never
 * set, and templates naming fields that do not exist yet: a half-edited template's letter lists them as missing.
 */
export function validatePartialSettings(
  value: unknown,
  use: Exclude<SettingsUse, 'file'> = 'policy',
): Result<PartialSettings> {
  return check(PARTIAL[use], value);
}

/** Checks a recipe list on its own (a taught field about to be stored), with paths from `root`. */
export function validateRecipes(value: unknown, root: string) {
  return check(RECIPES, value, root);
}
