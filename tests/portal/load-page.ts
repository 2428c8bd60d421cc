/** Fixture pages for unit tests: rendered for a fixed day, parsed by the test environment's DOMParser (jsdom). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dossier } from '../../utils/dossier/types';
import { CATALOG, type ExpectedDossier, type ExpectedPerson } from './catalog.mjs';
import { renderPage, shiftDay } from './render.mjs';

/** A Wednesday, so offsets of a few days cross a weekend both ways. */
export const FIXED_TODAY = '2026-11-25';
export const PORTAL = 'http://127.0.0.1:4173';

const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

export function pageHtml(file: string, today = FIXED_TODAY): string {
  const template = readFileSync(path.join(PAGES_DIR, file), 'utf8');
  return renderPage(template.replace('{{catalog-links}}', ''), today);
}

/** A page as the officer sees it: parsed, then, for pages that fill values from their own script, scripted. */
export function loadPage(file: string, today = FIXED_TODAY): Document {
  const doc = new DOMParser().parseFromString(pageHtml(file, today), 'text/html');
  if (CATALOG.find((p) => p.file === file)?.scripts) runInlineScripts(doc);
  return doc;
}

/**
 * Runs a fixture's inline scripts against the parsed document, as the browser does once it has loaded the page:
 * their values land in `input.value` only, never in the HTML. Fixture scripts touch nothing but `document`.
 */
function runInlineScripts(doc: Document): void {
  for (const script of doc.querySelectorAll('script:not([src]):not([type])')) {
    new Function('document', script.textContent ?? '')(doc);
  }
}

/** The day `offset` days from `today`, or undefined for an absent offset. */
export const dayFromOffset = (offset: number | undefined, today = FIXED_TODAY): string | undefined =>
  offset === undefined ? undefined : shiftDay(today, offset);

function person(p: ExpectedPerson, today: string) {
  return {
    name: p.name,
    ...(p.gender && { gender: p.gender }),
    ...(p.birthOffsetDays !== undefined && { birthDate: dayFromOffset(p.birthOffsetDays, today) }),
    ...(p.deathOffsetDays !== undefined && { deathDate: dayFromOffset(p.deathOffsetDays, today) }),
  };
}

/** The catalog's expectation as the Dossier fields it fixes; received and due dates are checked by day apart. */
export function expectedDossier(e: ExpectedDossier, today = FIXED_TODAY): Partial<Dossier> {
  return {
    code: renderPage(e.code, today),
    kind: e.kind,
    procedureName: e.procedureName,
    status: e.status,
    statusText: e.statusText,
    applicant: { name: e.applicantName, ...(e.applicantGender && { gender: e.applicantGender }) },
    ...(e.child && { child: person(e.child, today) }),
    ...(e.spouses && { spouses: e.spouses.map((s) => person(s, today)) }),
    ...(e.deceased && { deceased: person(e.deceased, today) }),
  };
}

/** The day of an ISO date or date-time. */
export const dayOf = (iso: string | undefined): string | undefined => iso?.slice(0, 10);
