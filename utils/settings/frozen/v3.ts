/**
 * FROZEN: settings as version 3 stored them (version 2 with the recipes taught for portals), and the default letter
 * blocks and courtesy scripts as shipped up to version 3. Version 4 compares stored values with those defaults to tell
 * a team lead's own words (kept) from old defaults (replaced). Never edit, the data file included: a change would make
 * that migration take a team lead's words for defaults.
 */
import type { ScriptV1 } from './v1';
import type { LetterKindV2, SettingsV2, TemplateBlockV2 } from './v2';
import templateBlocks from './v3-letter-blocks.json' with { type: 'json' };
import scripts from './v3-scripts.json' with { type: 'json' };

type RecipeFieldV3 = 'code' | 'procedureName' | 'applicantName' | 'receivedAt' | 'dueAt' | 'status';

export interface RecipeV3 {
  host: string;
  fields: Partial<Record<RecipeFieldV3, { label?: string; selector?: string }>>;
  columns: Partial<Record<RecipeFieldV3, { header?: string; selector?: string }>>;
}

export type SettingsV3 = SettingsV2 & {
  recipes: RecipeV3[];
};

// Two files, each letter's blocks at the top of one: the bundler writes such values as code, which is smaller than
// the JSON.parse it writes for one large value, and the package has little room (tests/e2e/bundle.spec.ts).
export const V3_DEFAULTS = {
  /** Each letter's blocks, in order. */
  templateBlocks: templateBlocks as Record<LetterKindV2, TemplateBlockV2[]>,
  scripts: scripts as ScriptV1[],
};
