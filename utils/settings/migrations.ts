import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { PLAN_WORDS } from '../../templates/plan-words';
import type { ScriptV1, SettingsV1 } from './frozen/v1';
import { type LetterKindV2, type SettingsV2, type TemplateBlockV2, V2_DEFAULTS } from './frozen/v2';
import { type SettingsV3, V3_DEFAULTS } from './frozen/v3';
import { type LetterTemplateV4, type PlanV4, type SettingsV4, V4_DEFAULTS } from './frozen/v4';
import { type SettingsV6, V6_DEFAULTS } from './frozen/v6';
import type { Settings } from './schema';

/** The version a settings value is stored and exported at. Raise it with every new shape. */
export const SETTINGS_VERSION = 7;

/**
 * Each step reads the frozen shape of its version (./frozen) and writes the next, with frozen defaults, so a change to
 * today's settings never changes what an old step makes. Two exceptions, while they are still today's defaults: the
 * letter templates, scripts and plan words version 4 brought, and version 7's desk screen, come from the live modules,
 * because the package (at most 1.5 MB, tests/e2e/bundle.spec.ts) has no room for second copies. The steps' tests pin
 * them to frozen/pinned-v4.json and frozen/pinned-v7.json: before the live ones change, the step must read its pinned
 * copy instead.
 */
const V4_SHIPPED = {
  templates: DEFAULT_LETTER_TEMPLATES as Readonly<Record<LetterKindV2, LetterTemplateV4>>,
  scripts: DEFAULT_SCRIPTS as readonly ScriptV1[],
  plan: PLAN_WORDS as PlanV4,
};

/**
 * A value of version `Old` as a step gets it: it may already hold sections of `New` (written by a newer build, then
 * rolled back) and fields no version knows; either is kept. Nothing in it is checked yet: a step guards what it reads
 * and leaves a broken section for the validator (or the repair, with its notice) to refuse.
 */
type Older<Old, New> = Old & Partial<Omit<New, keyof Old>>;

type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with sorted keys: a block stored by another build may list its fields in another order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A section with fields added where missing; anything but an object is kept as it is. */
const extended = <T, A extends object>(section: T, added: A): T & A =>
  (isRecord(section) ? { ...structuredClone(added), ...section } : section) as T & A;

// v2: office profile, letter templates and the register's retention.
// A section already there (written by a newer build, then rolled back) is kept as it is.
export const v1ToV2 = (value: Older<SettingsV1, SettingsV2>): SettingsV2 => ({
  ...structuredClone(V2_DEFAULTS),
  ...value,
});

// v3: recipes taught for portals the built-in readers cannot read; none yet.
export const v2ToV3 = (value: Older<SettingsV2, SettingsV3>): SettingsV3 => ({ recipes: [], ...value });

/**
 * Old default blocks → the new default blocks that take their place, by index. The same index unless listed: the
 * marriage letter's narration of a ceremony and a gift became the gift line (shown only when the commune gives
 * one) and the line that announces the criteria.
 */
const BLOCK_SUCCESSORS: Partial<Record<LetterKindV2, Readonly<Record<number, readonly number[]>>>> = {
  'marriage-congratulation': { 4: [5, 6], 5: [4], 6: [7], 7: [8], 8: [9], 9: [10], 10: [11] },
};

/** The header, signature and page breaks follow the office profile and Decree 30: never a team lead's words. */
const FRAME: ReadonlySet<string> = new Set<TemplateBlockV2['type']>(['heading', 'signature', 'page-break']);

/**
 * A team lead's template under version 4: each block still as shipped becomes its new default; the frame takes the
 * new default's; blocks the team lead wrote stay as they are. A template left with nothing of its own is dropped,
 * so the new default applies.
 */
function upgradeTemplate(kind: LetterKindV2, stored: Stored): Stored | undefined {
  const next = V4_SHIPPED.templates[kind];
  const old = V3_DEFAULTS.templateBlocks[kind].map(canonical);
  const successors = BLOCK_SUCCESSORS[kind] ?? {};
  const storedBlocks: unknown[] = Array.isArray(stored.blocks) ? stored.blocks : [];
  let ownWords = false;
  const frameOf = (type: string, nth: number) => next.blocks.filter((block) => block.type === type)[nth];
  const seen = new Map<string, number>();
  const blocks = storedBlocks.flatMap((block): unknown[] => {
    const type = isRecord(block) && typeof block.type === 'string' ? block.type : '';
    const nth = seen.get(type) ?? 0;
    seen.set(type, nth + 1);
    if (FRAME.has(type)) {
      const frame = frameOf(type, nth);
      return frame ? [frame] : [block];
    }
    const index = old.indexOf(canonical(block));
    if (index < 0) {
      ownWords = true;
      return [block];
    }
    return (successors[index] ?? [index]).flatMap((i) => (next.blocks[i] ? [next.blocks[i]] : []));
  });
  if (!ownWords && blocks.length > 0) return undefined;
  const requires = Array.isArray(stored.requires) ? stored.requires : [];
  return {
    ...stored,
    requires: [...new Set([...next.requires, ...requires])],
    defaults: { ...next.defaults, ...(isRecord(stored.defaults) ? stored.defaults : {}) },
    blocks,
  };
}

function upgradeTemplates(templates: unknown): SettingsV4['letters']['templates'] {
  if (!isRecord(templates)) return {};
  const upgraded: Stored = {};
  for (const [kind, template] of Object.entries(templates)) {
    const known = kind in V3_DEFAULTS.templateBlocks && isRecord(template);
    const next = known ? upgradeTemplate(kind as LetterKindV2, template) : template;
    if (next !== undefined) upgraded[kind] = next;
  }
  return upgraded;
}

/**
 * The scripts under version 4: a script still word for word as shipped becomes the new default of the same id (its
 * on/off choice kept); a script the team lead wrote or edited stays. New default scripts are added after their
 * stage only to a list that still has every shipped script: a team lead who pruned the list chose what to show.
 */
function upgradeScripts(scripts: ScriptV1[]): ScriptV1[] {
  if (!Array.isArray(scripts)) return scripts;
  const shipped = new Map(
    V3_DEFAULTS.scripts.map((script) => [script.id, canonical({ ...script, disabled: undefined })]),
  );
  const next = new Map(V4_SHIPPED.scripts.map((script) => [script.id, script]));
  const upgraded = scripts.map((script: unknown) => {
    if (!isRecord(script) || typeof script.id !== 'string') return script;
    const unedited = shipped.get(script.id) === canonical({ ...script, disabled: undefined });
    const replacement = next.get(script.id);
    if (!unedited || !replacement) return script;
    return script.disabled === undefined ? replacement : { ...replacement, disabled: script.disabled };
  });
  const ids = new Set(upgraded.map((script) => (isRecord(script) ? script.id : undefined)));
  if (![...shipped.keys()].every((id) => ids.has(id))) return upgraded as ScriptV1[];
  for (const script of V4_SHIPPED.scripts) {
    if (ids.has(script.id)) continue;
    const last = upgraded.findLastIndex((s) => isRecord(s) && s.stage === script.stage);
    upgraded.splice(last < 0 ? upgraded.length : last + 1, 0, script);
  }
  // A script the validator would refuse stays as it was stored, for the validator to name.
  return upgraded as ScriptV1[];
}

// v4: the plan's own words; the desk scripts and letters that follow the law and the plan, where a team lead had
// not rewritten them; the apology's number, the unconfirmed holiday years, the one-stop unit and the head's name.
// A section that is not an object is left for the validator (or the repair, with its notice) to refuse.
export const v3ToV4 = (value: Older<SettingsV3, SettingsV4>): SettingsV4 => ({
  ...value,
  deadline: extended(value.deadline, V4_DEFAULTS.deadline),
  office: extended(value.office, V4_DEFAULTS.office),
  letters: isRecord(value.letters)
    ? {
        ...structuredClone(V4_DEFAULTS.letters),
        ...value.letters,
        templates: upgradeTemplates(value.letters.templates),
      }
    : (value.letters as SettingsV4['letters']),
  scripts: upgradeScripts(value.scripts),
  plan: isRecord(value.plan) ? value.plan : { ...V4_SHIPPED.plan },
});

// Version 5 belongs to another change; each step only adds what it knows, so the gap is harmless.
// v6: the desk (name and id) for the commune report, and whether its register file may carry dossier codes.
// The id is made later, once, on this browser (desk-identity.ts): a migration may also run on an imported file.
export const v4ToV6 = (value: Older<SettingsV4, SettingsV6>): SettingsV6 => ({
  desk: structuredClone(V6_DEFAULTS.desk),
  ...value,
  // A register that is not an object is left for the validator to refuse, not papered over.
  register: extended(value.register, V6_DEFAULTS.register),
});

// v7: the desk screen and posters (slogans, hotlines, QR links, posted procedures), with the plan's words.
export const v6ToV7 = (value: Older<SettingsV6, Settings>): Settings => ({
  deskScreen: structuredClone(DEFAULT_DESK_SCREEN),
  ...value,
});

/**
 * One function per version step, `n` turning a version n-1 value into version n. Each keeps every field it does
 * not know about, so nothing a team lead set is lost on update. Stored values and files are unchecked until the
 * validator: the steps take them as their frozen shapes and guard what they read.
 */
export const SETTINGS_MIGRATIONS = { 2: v1ToV2, 3: v2ToV3, 4: v3ToV4, 6: v4ToV6, 7: v6ToV7 } as unknown as Readonly<
  Record<number, (value: Stored) => Stored>
>;

/** Brings a value stored at `from` up to the current version; `from` above the current one is an error. */
export function migrateSettings(value: Stored, from: number): Stored {
  if (!Number.isInteger(from) || from < 1) throw new RangeError(`Không rõ phiên bản cài đặt: ${from}`);
  if (from > SETTINGS_VERSION) throw new RangeError(`Cài đặt phiên bản ${from} mới hơn bản tiện ích này`);
  let current = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}
