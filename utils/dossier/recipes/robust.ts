import { attributeSelector, isPlainIdent } from './selector';

/**
 * Which names on an element will still be there tomorrow. Frameworks number their ids and classes (`mat-input-12`,
 * `ember1234`, `css-1x2y3z`), builds hash them (`_a8f3c21`): those change with the next page load or release.
 */

const HEX_RUN = /[0-9a-f]{6,}/gi;
const FRAMEWORK_PREFIX = /^(?:ng-|css-|sc-|jsx-|svelte-|emotion-|tss-|_)/i;
// States and looks that come and go with the officer's clicks, or that every second row has.
const STATE_CLASS =
  /^(?:active|selected|focus|focused|hover|disabled|open|opened|show|in|collapsed|expanded|odd|even|first|last|clearfix|(?:is|has)-.*)$/i;

/** A name a framework or bundler made up: long digit runs, trailing counters, hashes, generated prefixes. */
export function looksGenerated(name: string): boolean {
  if (/\d{3,}/.test(name) || /[-_:]\d+$/.test(name) || /^:|:$/.test(name) || FRAMEWORK_PREFIX.test(name)) return true;
  for (const [run] of name.matchAll(HEX_RUN)) if (/\d/.test(run) && /[a-f]/i.test(run)) return true;
  return false;
}

const MAX_ATTRIBUTE_VALUE = 40;

/** An attribute value a recipe may name: short, stable, and not the value the officer pointed at. */
function stableValue(value: string, shown: string): boolean {
  if (!value || value.length > MAX_ATTRIBUTE_VALUE || looksGenerated(value)) return false;
  // A value in an attribute (`data-value="Nguyễn Văn A"`) is case data: never put it in a recipe.
  const text = shown.trim().toLowerCase();
  return !(text && (value.toLowerCase().includes(text) || text.includes(value.toLowerCase())));
}

/** Attributes worth naming, most stable first: `name`, Angular's `formcontrolname`, then the page's `data-*`. */
function stableAttributes(el: Element): Array<[string, string]> {
  const named: Array<[string, string]> = [];
  for (const name of ['name', 'formcontrolname']) {
    const value = el.getAttribute(name);
    if (value !== null) named.push([name, value]);
  }
  for (const { name, value } of Array.from(el.attributes)) {
    // Our own row marks and Vue's scoped-style markers say nothing about the field.
    if (name.startsWith('data-') && !name.startsWith('data-mctt') && !name.startsWith('data-v-'))
      named.push([name, value]);
  }
  return named;
}

/**
 * Selectors for `el` from what is stable about it, in order of preference: a hand-written id, then `name`,
 * `formcontrolname` and `data-*` attributes, then its classes (one, then two together). Callers keep the first that
 * finds `el` alone where it must (the page, or a row).
 */
export function stableSelectors(el: Element, shown: string): string[] {
  const tag = el.localName;
  const selectors: string[] = [];
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id) && stableValue(id, shown))
    selectors.push(isPlainIdent(id) ? `${tag}#${id}` : (attributeSelector(tag, 'id', id) ?? ''));
  for (const [name, value] of stableAttributes(el)) {
    if (stableValue(value, shown)) selectors.push(attributeSelector(tag, name, value) ?? '');
  }
  const classes = Array.from(el.classList).filter(
    (c) => isPlainIdent(c) && !looksGenerated(c) && !STATE_CLASS.test(c) && stableValue(c, shown),
  );
  for (const c of classes) selectors.push(`${tag}.${c}`);
  for (let i = 0; i < classes.length; i += 1) {
    for (let j = i + 1; j < classes.length; j += 1) selectors.push(`${tag}.${classes[i]}.${classes[j]}`);
  }
  return selectors.filter((s) => s !== '');
}
