/**
 * What a person sees. Tooltips and menus keep hidden copies of names and dates elsewhere in the DOM, and icon fonts
 * put words ("reply", "keyboard_arrow_down") into the text: neither is the dossier. Markup says most of it cheaply
 * (attributes, inline styles, framework classes) for every element; the browser's own answer (checkVisibility) is
 * asked only for the few elements a reader picked, because computing style for every cell of a list is slow.
 */

import { memoise } from './memo';

// Framework classes whose element is hidden, or a floating copy (tooltip, menu, dropdown) of text shown elsewhere.
const HIDING_CLASS = new RegExp(
  String.raw`(?:^|\s)(?:${[
    'hidden',
    'hide',
    'd-none',
    'invisible',
    'sr-only',
    'visually-hidden',
    'cdk-visually-hidden',
    'v-tooltip__content',
    'v-menu__content',
    'mat-tooltip',
    'mat-mdc-tooltip',
    'mat-tooltip-panel',
    'mat-mdc-tooltip-panel',
    'mat-menu-panel',
    'mat-mdc-menu-panel',
    'mat-select-panel',
    'mat-mdc-select-panel',
    'mat-autocomplete-panel',
    'dropdown-menu',
  ].join('|')})(?=\s|$)`,
);
// "d-none d-md-block" shows on a desktop: the responsive class wins.
const RESPONSIVE_SHOW = /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)/;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// A Bootstrap modal is hidden by its stylesheet until opened ("in"/"show" class, an inline display).
const MODAL = /(?:^|\s)modal(?=\s|$)/;
const OPEN_MODAL = /(?:^|\s)(?:in|show|open|active)(?=\s|$)/;
const SHOWN_STYLE = /(?:^|;)\s*display\s*:\s*(?!none)/i;
// The `hidden` attribute, a tooltip by its role (Bootstrap's and Angular's; a `.tooltip` class may be the trigger),
// and aria-hidden, in one selector.
const ALWAYS_HIDING = '[hidden], [role="tooltip"]';
const RARELY_HIDING = `${ALWAYS_HIDING}, [aria-hidden="true"]`;

// Icon fonts: the element's text is a ligature name, never content.
const ICON_TAGS = new Set(['i', 'mat-icon', 'v-icon', 'ion-icon']);
const ICON_CLASS = /(?:^|\s)(?:[\w-]*icons?(?:[-_][\w-]*)?|fa[srlbd]?|mdi|bi|glyphicon|material-symbols-\w+)(?=\s|$)/;
const LIGATURE = /^[a-z][a-z0-9_-]{1,39}$/;

// What a class string says, judged once per string: classes repeat on every row of a list ("mat-cell cdk-cell …").
const HIDES = 1;
const CLOSED_MODAL = 2;
const ICONISH = 4;
const classFlags = memoise((cls: string): number => {
  let flags = 0;
  if (HIDING_CLASS.test(cls) && !RESPONSIVE_SHOW.test(cls)) flags |= HIDES;
  if (MODAL.test(cls) && !OPEN_MODAL.test(cls)) flags |= CLOSED_MODAL;
  const iconish =
    (cls.includes('icon') ||
      cls.includes('fa') ||
      cls.includes('mdi') ||
      cls.includes('bi') ||
      cls.includes('material-symbols')) &&
    ICON_CLASS.test(cls);
  if (iconish) flags |= ICONISH;
  return flags;
}, 2_000);

// Inline styles repeat as much ("cursor: pointer; word-break: break-word;"): each is judged once.
const styleHides = memoise((style: string) => HIDING_STYLE.test(style), 2_000);

/**
 * What an element's markup says (this runs for every element read): whether it is hidden by it, and whether its
 * class marks an icon. Attributes are read by name: walking `attributes` makes an object per attribute.
 */
function markup(el: Element): { hidden: boolean; iconish: boolean } {
  const cls = el.getAttribute('class');
  const flags = cls ? classFlags(cls) : 0;
  const style = el.getAttribute('style');
  const hidden =
    (flags & HIDES) !== 0 ||
    (style !== null && styleHides(style)) ||
    ((flags & CLOSED_MODAL) !== 0 && !(style && SHOWN_STYLE.test(style))) ||
    // One native check for the rarer attributes. aria-hidden speaks to screen readers only: modal dialogs mark the
    // rest of the page with it while it stays on screen (only deeper elements count), and Vuetify's field labels
    // carry it while shown (a label is never a hidden copy).
    (el.matches(RARELY_HIDING) &&
      (el.matches(ALWAYS_HIDING) || (el.localName !== 'label' && el.parentElement?.localName !== 'body')));
  return { hidden, iconish: (flags & ICONISH) !== 0 };
}

/** Hidden by its own markup: the `hidden` attribute, an inline style, a hiding class, a tooltip. */
export const hiddenByMarkup = (el: Element): boolean => el.hasAttributes() && markup(el).hidden;

/** An icon glyph's text: a ligature name (`star_rate`), or nothing. */
function isLigature(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return text === '' || LIGATURE.test(text);
}

/** An icon-font glyph: an icon element or class whose text is a ligature name (`star_rate`), or nothing. */
export function isIconGlyph(el: Element): boolean {
  const iconish = ICON_TAGS.has(el.localName) || (el.hasAttributes() && markup(el).iconish);
  return iconish && isLigature(el);
}

/** Not seen as content: hidden by markup, or an icon glyph. One pass over the attributes for both. */
export function isUnseen(el: Element): boolean {
  // Most cells and spans carry no attribute at all: one call answers for them.
  if (!el.hasAttributes()) return ICON_TAGS.has(el.localName) && isLigature(el);
  const known = verdicts?.get(el);
  if (known !== undefined) return known;
  const { hidden, iconish } = markup(el);
  const unseen = hidden || ((iconish || ICON_TAGS.has(el.localName)) && isLigature(el));
  verdicts?.set(el, unseen);
  return unseen;
}

// Verdicts kept for the length of one reading (see `rememberingUnseen`), never longer: a page changes between reads.
let verdicts: Map<Element, boolean> | undefined;

/**
 * Runs `read` keeping each element's verdict: reading labels walks an element's text again for each of its short
 * ancestors, and framework pages (Angular's `_ngcontent` attributes) put attributes on every element.
 */
export function rememberingUnseen<T>(read: () => T): T {
  if (verdicts) return read();
  verdicts = new Map();
  try {
    return read();
  } finally {
    verdicts = undefined;
  }
}

/** True when `el` or an ancestor up to `root` is hidden by markup. */
export function hiddenWithin(el: Element, root: Element | null = null): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (hiddenByMarkup(node)) return true;
  }
  return false;
}

type Visible = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

/**
 * What the browser says of an element already found visible by markup (its stylesheets may still hide it); true
 * in a document without a window. Call it for a bounded number of elements.
 */
export function browserShows(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const check = (el as Visible).checkVisibility;
  if (!view || typeof check !== 'function' || check.call(el, { visibilityProperty: true })) return true;
  // `display: contents` boxes nothing, yet its children show: ask about its parent instead.
  const parent = el.parentElement;
  return parent !== null && view.getComputedStyle(el).display === 'contents' && browserShows(parent);
}
