/**
 * Tests only. The defaults version 4 and version 7 write that still come from the live modules (see migrations.ts),
 * as they were when those steps were frozen: the steps' tests check that the live defaults still equal them.
 */
import type { Settings } from '../schema';
import v4 from './pinned-v4.json' with { type: 'json' };
import v7 from './pinned-v7.json' with { type: 'json' };
import type { ScriptV1 } from './v1';
import type { LetterKindV2 } from './v2';
import type { LetterTemplateV4, PlanV4 } from './v4';

export const PINNED_V4 = v4 as {
  templates: Record<LetterKindV2, LetterTemplateV4>;
  scripts: ScriptV1[];
  plan: PlanV4;
};

export const PINNED_V7 = v7 as { deskScreen: Settings['deskScreen'] };
