import { describe, expect, it } from 'vitest';
import { PLAN_LISTS } from '../../templates/plan-words';
import { RECIPE_FIELDS } from '../dossier/recipes/types';
import { managedJsonSchema } from './managed-json-schema';
import { DEFAULT_SETTINGS } from './schema';
import { LETTER_KINDS, SETTINGS_SECTIONS } from './validate';

interface Schema {
  id?: string;
  type?: string;
  title?: string;
  description?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: string[];
}

const schema: Schema = managedJsonSchema();
const settings = schema.properties?.settings?.properties ?? {};
const keys = (value: object | undefined) => Object.keys(value ?? {}).sort();

/** A sub-schema, or the one its `$ref` names (written once elsewhere, with that `id`). */
function resolved(node: Schema | undefined): Schema | undefined {
  if (node?.$ref === undefined) return node;
  return [...walk(schema)].find((other) => other.id === node.$ref);
}

/** Every sub-schema, for Chrome's own rule checks. */
function* walk(node: Schema): Generator<Schema> {
  yield node;
  for (const child of Object.values(node.properties ?? {})) yield* walk(child);
  if (node.additionalProperties) yield* walk(node.additionalProperties);
  if (node.items) yield* walk(node.items);
}

describe('managed-schema.json, as the build writes it', () => {
  it('follows Chrome’s rules: an object at the top without additionalProperties, one type per schema', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    for (const node of walk(schema)) {
      expect(typeof node.type === 'string' || typeof node.$ref === 'string').toBe(true);
      // Chrome refuses a list without a schema for its items, and with it the whole extension.
      if (node.type === 'array') expect(node.items).toBeDefined();
    }
  });

  it('writes a repeated schema once: each $ref names an id given once', () => {
    const text = JSON.stringify(schema);
    const ids = [...text.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it('titles and describes every section, in Vietnamese words, for the administrator who writes the policy', () => {
    for (const section of SETTINGS_SECTIONS) {
      expect(settings[section]?.title, section).toMatch(/[À-ỹ]/u);
      expect(settings[section]?.description, section).toMatch(/^(?=.*[À-ỹ]).{40,}$/u);
    }
  });

  it('describes the same sections and fields the validator checks', () => {
    expect(keys(schema.properties)).toEqual(['locked', 'settings']);
    expect(keys(settings)).toEqual([...SETTINGS_SECTIONS].sort());
    expect(schema.properties?.locked?.items?.enum).toEqual(SETTINGS_SECTIONS);
    expect(keys(settings.deadline?.properties)).toEqual(keys(DEFAULT_SETTINGS.deadline));
    expect(keys(settings.office?.properties)).toEqual(keys(DEFAULT_SETTINGS.office));
    expect(keys(settings.register?.properties)).toEqual(keys(DEFAULT_SETTINGS.register));
    expect(keys(settings.letters?.properties)).toEqual(keys(DEFAULT_SETTINGS.letters));
    // A policy names the desk; the id is each browser's own.
    expect(keys(settings.desk?.properties)).toEqual(['name']);
    expect(keys(settings.letters?.properties?.templates?.properties)).toEqual([...LETTER_KINDS].sort());
    const recipe = settings.recipes?.items?.properties;
    expect(keys(recipe)).toEqual(['columns', 'fields', 'host']);
    expect(keys(recipe?.fields?.properties)).toEqual([...RECIPE_FIELDS].sort());
    expect(keys(recipe?.columns?.properties)).toEqual([...RECIPE_FIELDS].sort());
    for (const field of RECIPE_FIELDS) {
      expect(keys(resolved(recipe?.fields?.properties?.[field])?.properties)).toEqual(['label', 'selector']);
      expect(keys(resolved(recipe?.columns?.properties?.[field])?.properties)).toEqual(['header', 'selector']);
    }
    expect(keys(settings.deskScreen?.properties)).toEqual(keys(DEFAULT_SETTINGS.deskScreen));
    const slide = settings.deskScreen?.properties?.slides?.items?.properties;
    expect(keys(slide)).toEqual(['disabled', 'id', 'planWords', 'text', 'title']);
    // A slogan names a list of the plan's section, by its key there.
    expect(slide?.planWords?.enum).toEqual(PLAN_LISTS);
    expect(keys(settings.plan?.properties)).toEqual(keys(DEFAULT_SETTINGS.plan));
    expect(keys(settings.deskScreen?.properties?.procedures?.items?.properties)).toEqual(['name', 'url']);
  });
});
