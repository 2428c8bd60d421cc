/**
 * What a person sees. Tooltips and menus keep hidden copies of names and dates elsewhere in the DOM, and icon fonts
 * put words ("reply", "keyboard_arrow_down") into the text: neither is the dossier. Markup says most of it cheaply
 * (attributes, inline styles, framework classes) for every element; the browser's own answer (checkVisibility) is
 * asked only for the few elements a reader picked, because computing style for every cell of a list is slow.
 */

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
// Bootstrap's and Angular's tooltips and popovers say what they are by role (a `.tooltip` class may be the trigger).
const HIDING_ROLES = new Set(['tooltip']);

// Icon fonts: the element's text is a ligature name, never content.
const ICON_TAGS = new Set(['i', 'mat-icon', 'v-icon', 'ion-icon']);
const ICON_CLASS = /(?:^|\s)(?:[\w-]*icons?(?:[-_][\w-]*)?|fa[srlbd]?|mdi|bi|glyphicon|material-symbols-\w+)(?=\s|$)/;
const LIGATURE = /^[a-z][a-z0-9_-]{1,39}$/;

/** Hidden by its own markup: the `hidden` attribute, an inline style, a hiding class, a tooltip. */
export function hiddenByMarkup(el: Element, cls = el.getAttribute('class')): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  if (cls && HIDING_CLASS.test(cls) && !RESPONSIVE_SHOW.test(cls)) return true;
  if (cls && MODAL.test(cls) && !OPEN_MODAL.test(cls) && !(style && SHOWN_STYLE.test(style))) return true;
  const role = el.getAttribute('role');
  if (role && HIDING_ROLES.has(role)) return true;
  // Modal dialogs mark the rest of the page aria-hidden while it stays on screen: only deeper elements count.
  return el.getAttribute('aria-hidden') === 'true' && el.parentElement?.localName !== 'body';
}

/** An icon-font glyph: an icon element or class whose text is a ligature name (`star_rate`), or nothing. */
export function isIconGlyph(el: Element, cls = el.getAttribute('class')): boolean {
  const iconish =
    ICON_TAGS.has(el.localName) ||
    (cls !== null &&
      (cls.includes('icon') ||
        cls.includes('fa') ||
        cls.includes('mdi') ||
        cls.includes('bi') ||
        cls.includes('material-symbols')) &&
      ICON_CLASS.test(cls));
  if (!iconish) return false;
  const text = (el.textContent ?? '').trim();
  return text === '' || LIGATURE.test(text);
}

/** Not seen as content: hidden by markup, or an icon glyph. One attribute read for both: this runs per element. */
export function isUnseen(el: Element): boolean {
  // Most cells and spans carry no attribute at all: one call answers for them.
  if (!el.hasAttributes()) return ICON_TAGS.has(el.localName) && isIconGlyph(el, null);
  const cls = el.getAttribute('class');
  return hiddenByMarkup(el, cls) || isIconGlyph(el, cls);
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
