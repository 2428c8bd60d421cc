import { hostOf } from '../adapters/select';
import { EMPTY_DOSSIER, missingFields } from '../missing';
import type { Dossier, DossierReading } from '../types';
import {
  acceptsValue,
  findLabels,
  type LabelHit,
  labelKey,
  selectAll,
  shownText,
  type ValueHit,
  valueAfterLabel,
} from './find';
import { taughtValues } from './taught-values';
import { type FieldLocator, RECIPE_FIELDS, type Recipe, type RecipeField, type TaughtReading } from './types';

/** The recipe taught for the host of `url`, if any. */
export function recipeFor(recipes: readonly Recipe[], url: string): Recipe | undefined {
  const host = hostOf(url);
  return host ? recipes.find((r) => r.host === host) : undefined;
}

const pageRoot = (doc: Document): Element => doc.body ?? doc.documentElement;

/** Finds every label a set of locators names, in one walk of the page. */
export function labelHits(doc: Document, locators: readonly (FieldLocator | undefined)[]): Map<string, LabelHit> {
  const keys = new Set(locators.flatMap((l) => (l?.label ? [labelKey(l.label)] : [])));
  return findLabels(pageRoot(doc), keys);
}

/**
 * Reads one taught field: by its label first, then by its selector; the first that gives a value of the field's kind
 * wins (a code-like code, a date that parses). Undefined when neither does. A selector must find one element alone,
 * as when it was taught: the same class on every row of a list page is not this page's field.
 */
export function readField(
  doc: Document,
  field: RecipeField,
  locator: FieldLocator,
  labels: Map<string, LabelHit> = labelHits(doc, [locator]),
): ValueHit | undefined {
  if (locator.label) {
    const hit = labels.get(labelKey(locator.label));
    const value = hit && valueAfterLabel(hit);
    if (value && acceptsValue(field, value.text)) return value;
  }
  if (locator.selector) {
    const [element, ...more] = selectAll(doc, locator.selector);
    const text = element && more.length === 0 ? shownText(element) : undefined;
    if (element && acceptsValue(field, text)) return { element, text };
  }
  return undefined;
}

/** Every taught field of a recipe on a page: what each found, and which found nothing. */
export function readTaughtFields(doc: Document, recipe: Recipe): Pick<TaughtReading, 'found' | 'stale'> {
  const found: TaughtReading['found'] = {};
  const stale: RecipeField[] = [];
  const labels = labelHits(doc, Object.values(recipe.fields));
  for (const field of RECIPE_FIELDS) {
    const locator = recipe.fields[field];
    if (!locator) continue;
    const value = readField(doc, field, locator, labels);
    if (value) found[field] = value.text;
    else stale.push(field);
  }
  return { found, stale };
}

/**
 * The built-in dossier with the taught fields over it: the officer taught them because the page was read wrong or
 * not at all. A page nothing else could read becomes a dossier once its code is taught.
 */
export function overlayTaught(base: Dossier | null, found: TaughtReading['found']): Dossier | null {
  if (!base && !found.code) return null;
  const from = base ?? EMPTY_DOSSIER;
  const { applicantName, ...values } = taughtValues(found);
  return { ...from, ...values, applicant: { ...from.applicant, ...(applicantName && { name: applicantName }) } };
}

/** A dossier page read with its host's recipe over the built-in reading; `taught` says what the recipe did. */
export function applyRecipe(reading: DossierReading, doc: Document, recipe: Recipe): DossierReading {
  const { found, stale } = readTaughtFields(doc, recipe);
  const taught: TaughtReading = { found, stale, staleColumns: [] };
  const dossier = overlayTaught(reading.dossier, found);
  if (!dossier || Object.keys(found).length === 0) return { ...reading, taught };
  return { adapter: reading.adapter ?? 'recipe', dossier, missing: missingFields(dossier), taught };
}
