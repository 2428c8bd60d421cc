import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import type { LetterKind, TemplateBlock } from '../letters/types';
import type { CourtesyScript } from '../scripts/types';
import { SCRIPTS_BEFORE_V4, TEMPLATE_BLOCKS_BEFORE_V4 } from './defaults-before-v4';
import { DEFAULT_SETTINGS } from './schema';

/** The version a settings value is stored and exported at. Raise it with every new shape. */
export const SETTINGS_VERSION = 6;

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

/**
 * Old default blocks → the new default blocks that take their place, by index. The same index unless listed: the
 * marriage letter's narration of a ceremony and a gift became the gift line (shown only when the commune gives
 * one) and the line that announces the criteria.
 */
const BLOCK_SUCCESSORS: Partial<Record<LetterKind, Readonly<Record<number, readonly number[]>>>> = {
  'marriage-congratulation': { 4: [5, 6], 5: [4], 6: [7], 7: [8], 8: [9], 9: [10], 10: [11] },
};

/** The header, signature and page breaks follow the office profile and Decree 30: never a team lead's words. */
const FRAME: ReadonlySet<TemplateBlock['type']> = new Set(['heading', 'signature', 'page-break']);

/**
 * A team lead's template under version 4: each block still as shipped becomes its new default; the frame takes the
 * new default's; blocks the team lead wrote stay as they are. A template left with nothing of its own is dropped,
 * so the new default applies.
 */
function upgradeTemplate(kind: LetterKind, stored: Stored): Stored | undefined {
  const next = DEFAULT_LETTER_TEMPLATES[kind];
  const old = TEMPLATE_BLOCKS_BEFORE_V4[kind].map(canonical);
  const successors = BLOCK_SUCCESSORS[kind] ?? {};
  const storedBlocks: unknown[] = Array.isArray(stored.blocks) ? stored.blocks : [];
  let ownWords = false;
  const frameOf = (type: string, nth: number) => next.blocks.filter((block) => block.type === type)[nth];
  const seen = new Map<string, number>();
  const blocks = storedBlocks.flatMap((block): unknown[] => {
    const type = isRecord(block) && typeof block.type === 'string' ? block.type : '';
    const nth = seen.get(type) ?? 0;
    seen.set(type, nth + 1);
    if (FRAME.has(type as TemplateBlock['type'])) {
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

function upgradeTemplates(templates: unknown): Stored {
  if (!isRecord(templates)) return {};
  const upgraded: Stored = {};
  for (const [kind, template] of Object.entries(templates)) {
    const known = kind in DEFAULT_LETTER_TEMPLATES && isRecord(template);
    const next = known ? upgradeTemplate(kind as LetterKind, template) : template;
    if (next !== undefined) upgraded[kind] = next;
  }
  return upgraded;
}

/**
 * The scripts under version 4: a script still word for word as shipped becomes the new default of the same id (its
 * on/off choice kept); a script the team lead wrote or edited stays. New default scripts are added after their
 * stage only to a list that still has every shipped script: a team lead who pruned the list chose what to show.
 */
function upgradeScripts(scripts: unknown): unknown {
  if (!Array.isArray(scripts)) return scripts;
  const shipped = new Map(
    SCRIPTS_BEFORE_V4.map((script) => [script.id, canonical({ ...script, disabled: undefined })]),
  );
  const next = new Map(DEFAULT_SETTINGS.scripts.map((script) => [script.id, script]));
  const upgraded = scripts.map((script: unknown) => {
    if (!isRecord(script) || typeof script.id !== 'string') return script;
    const unedited = shipped.get(script.id) === canonical({ ...script, disabled: undefined });
    const replacement = next.get(script.id);
    if (!unedited || !replacement) return script;
    return script.disabled === undefined ? replacement : { ...replacement, disabled: script.disabled };
  });
  const ids = new Set(upgraded.map((script) => (isRecord(script) ? script.id : undefined)));
  if (![...shipped.keys()].every((id) => ids.has(id))) return upgraded;
  for (const script of DEFAULT_SETTINGS.scripts) {
    if (ids.has(script.id)) continue;
    const last = upgraded.findLastIndex((s: unknown) => isRecord(s) && s.stage === script.stage);
    upgraded.splice(last < 0 ? upgraded.length : last + 1, 0, script as CourtesyScript);
  }
  return upgraded;
}

const section = (value: Stored, key: string): Stored => (isRecord(value[key]) ? value[key] : {});

/**
 * One function per version step, `n` turning a version n-1 value into version n. Each keeps every field it does
 * not know about, so nothing a team lead set is lost on update.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (value: Stored) => Stored>> = {
  // v2: office profile, letter templates and the register's retention.
  // A section already there (written by a newer build, then rolled back) is kept as it is.
  2: (value) => ({
    office: { ...DEFAULT_SETTINGS.office },
    letters: { ...DEFAULT_SETTINGS.letters, templates: {} },
    register: { ...DEFAULT_SETTINGS.register },
    ...value,
  }),
  // v3: recipes taught for portals the built-in readers cannot read; none yet.
  3: (value) => ({ recipes: [], ...value }),
  // v4: the plan's own words; the desk scripts and letters that follow the law and the plan, where a team lead had
  // not rewritten them; the apology's number, the unconfirmed holiday years, the one-stop unit and the head's name.
  4: (value) => {
    const letters = section(value, 'letters');
    return {
      ...value,
      deadline: { confirmedYears: [], ...section(value, 'deadline') },
      office: { oneStopUnit: '', headName: '', ...section(value, 'office') },
      letters: {
        ...DEFAULT_SETTINGS.letters,
        ...letters,
        templates: upgradeTemplates(letters.templates),
      },
      scripts: upgradeScripts(value.scripts),
      plan: isRecord(value.plan) ? value.plan : { ...DEFAULT_SETTINGS.plan },
    };
  },
  // Version 5 belongs to another change; each step only adds what it knows, so the gap is harmless.
  // v6: the desk (name and id) for the commune report, and whether its register file may carry dossier codes.
  // The id is made later, once, on this browser (desk-identity.ts): a migration may also run on an imported file.
  6: (value) => ({
    desk: { ...DEFAULT_SETTINGS.desk },
    ...value,
    // A register that is not an object is left for the validator to refuse, not papered over.
    register: isRecord(value.register) ? { shareDossierCodes: false, ...value.register } : value.register,
  }),
};

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
