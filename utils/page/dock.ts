/** The sidebar's width: 30 % of the window, between 280 and 340 px (at 1024 px the portal keeps ~715 px). */
export const PANEL_MIN_WIDTH = 280;
export const PANEL_MAX_WIDTH = 340;
/** The folded tab: a slim strip that still shows the deadline level. */
export const TAB_WIDTH = 40;

export const panelWidth = (viewportWidth: number): number =>
  Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, viewportWidth * 0.3)));

const FIT_ATTR = 'data-mctt-fit';
/** A fixed element this much wider than the space left of the sidebar is a bar across the page: it is narrowed. */
const SPAN_MIN_LEFT_PART = 120;
const SAMPLE_STEP_PX = 40;

type Fit = { id: number; kind: 'span'; left: number } | { id: number; kind: 'shift'; by: number };

export interface Dock {
  /**
   * Reserves this many pixels at the right of the window (0: none). The fixed elements are fitted by `refit`,
   * which the caller runs once the sidebar has been painted (it measures, so it waits for an idle moment).
   */
  setWidth(px: number): void;
  readonly width: number;
  /**
   * Finds the page's fixed elements that reach under the sidebar and fits them beside it: bars across the page are
   * narrowed, small ones (a "back to top" button, a chat bubble) move left. `full` measures everything again
   * (after a resize); otherwise only elements not yet fitted are looked at.
   */
  refit(full?: boolean): void;
  /** Puts the dock's style sheet back if the page removed it. */
  ensure(): void;
  isOwn(node: Node): boolean;
  remove(): void;
}

/**
 * Docks the sidebar beside the page instead of over it. The page reflows narrower: the root element is capped at
 * the window's width minus the sidebar's, so everything in the flow (sticky headers included) ends before it.
 * Fixed elements are laid out against the window, not the root element, so those that reach under the sidebar are
 * fitted one by one, with attributes and !important rules in our own style sheet: the page's inline styles and
 * classes are never touched, and removing the sheet and attributes restores the page exactly.
 */
export function createDock(isOwnElement: (element: Element) => boolean): Dock {
  const style = document.createElement('style');
  style.id = 'mctt-dock';
  let width = 0;
  let nextId = 1;
  const fits = new Map<Element, Fit>();

  const rules = () => {
    const lines = ['@media print { mctt-sidebar { display: none !important; } }'];
    if (width === 0) return lines.join('\n');
    const fitted = [...fits.values()].map((fit) =>
      fit.kind === 'span'
        ? `[${FIT_ATTR}="${fit.id}"] { left: ${fit.left}px !important; right: ${width}px !important; width: auto !important; min-width: 0 !important; }`
        : `[${FIT_ATTR}="${fit.id}"] { translate: ${-fit.by}px 0 !important; }`,
    );
    lines.push(
      '@media screen {',
      // Both: a page that centres its root (margin: auto) still ends before the sidebar.
      `  html { max-width: calc(100% - ${width}px) !important; margin-right: ${width}px !important; }`,
      ...fitted.map((rule) => `  ${rule}`),
      '}',
    );
    return lines.join('\n');
  };

  const write = () => {
    const text = rules();
    // Unchanged text is not written again: our own mutations must not wake the page watcher for nothing.
    if (style.textContent !== text) style.textContent = text;
    if (!style.isConnected) document.documentElement.append(style);
  };

  const unfitAll = () => {
    for (const element of fits.keys()) element.removeAttribute(FIT_ATTR);
    fits.clear();
  };

  const nearestFixed = (start: Element, seen: Map<Element, Element | null>): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let el: Element | null = start; el && el !== document.documentElement; el = el.parentElement) {
      if (seen.has(el)) {
        found = seen.get(el) ?? null;
        break;
      }
      path.push(el);
      if (getComputedStyle(el).position === 'fixed') {
        found = el;
        break;
      }
    }
    for (const el of path) seen.set(el, found);
    return found;
  };

  const measure = (element: Element, viewport: number): Fit | null => {
    const rect = element.getBoundingClientRect();
    const dockLeft = viewport - width;
    if (rect.width === 0 || rect.height === 0 || rect.right <= dockLeft + 0.5 || rect.left >= viewport) return null;
    const id = nextId++;
    if (rect.right >= viewport - 1 && rect.left < dockLeft - SPAN_MIN_LEFT_PART) {
      const left = Number.parseFloat(getComputedStyle(element).left);
      return { id, kind: 'span', left: Number.isFinite(left) ? left : Math.max(0, rect.left) };
    }
    const by = Math.min(rect.right - dockLeft, Math.max(0, rect.left));
    return by > 0 ? { id, kind: 'shift', by: Math.ceil(by) } : null;
  };

  const refit = (full = false) => {
    if (width === 0) return;
    if (full) unfitAll();
    for (const element of fits.keys()) if (!element.isConnected) fits.delete(element);
    const viewport = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const dockLeft = viewport - width;
    const candidates = new Set<Element>();
    // What lies under the sidebar now, sampled across its strip from top to bottom…
    for (const x of [dockLeft + 2, dockLeft + width / 2, viewport - 2]) {
      for (let y = 1; y < height; y += SAMPLE_STEP_PX)
        for (const el of document.elementsFromPoint(x, y)) candidates.add(el);
    }
    // …and the page's top-level blocks, where headers, footers and toasts live (some let clicks through).
    for (const top of document.body?.children ?? []) {
      candidates.add(top);
      for (const child of top.children) candidates.add(child);
    }
    const seen = new Map<Element, Element | null>();
    let changed = false;
    for (const candidate of candidates) {
      if (isOwnElement(candidate)) continue;
      const fixed = nearestFixed(candidate, seen);
      if (!fixed || fits.has(fixed) || isOwnElement(fixed)) continue;
      const fit = measure(fixed, viewport);
      if (!fit) continue;
      fits.set(fixed, fit);
      fixed.setAttribute(FIT_ATTR, String(fit.id));
      changed = true;
    }
    if (changed || full) write();
  };

  return {
    get width() {
      return width;
    },
    setWidth(px) {
      if (px === width) return;
      width = px;
      unfitAll();
      write();
    },
    refit,
    ensure() {
      if (!style.isConnected) write();
    },
    isOwn: (node) => node === style,
    remove() {
      unfitAll();
      width = 0;
      style.remove();
    },
  };
}
