/**
 * Lets the officer point at a value on the portal's page: the element under the pointer is outlined by a box of ours
 * (the page's own styles are never touched), a click picks it, Esc cancels. While pointing, presses and clicks on the
 * page are stopped in the capture phase before any of the portal's handlers, links or forms see them.
 */

export interface PointingOptions {
  doc: Document;
  /** Events in our own UI (the sidebar) pass through: the officer may press "Hủy" there. */
  isOwn(target: EventTarget | null): boolean;
  onPick(element: Element): void;
  onCancel(): void;
}

/** The overlay's tag: a host element of ours, so the page watcher and tests can tell it from the portal's. */
export const POINTER_TAG = 'mctt-pointer';

// Everything that would make the portal act on a press: follow a link, submit, open a menu, focus a field.
const BLOCKED = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
  'submit',
] as const;

const OVERLAY_STYLE = [
  'all: initial',
  'position: fixed',
  'z-index: 2147483647',
  'pointer-events: none',
  'box-sizing: border-box',
  'border: 3px solid #2563eb',
  'border-radius: 3px',
  'background: rgba(37, 99, 235, 0.12)',
  'box-shadow: 0 0 0 2px #fff',
  'display: none',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

const isElement = (value: unknown): value is Element =>
  typeof value === 'object' && value !== null && (value as Node).nodeType === 1;

/** The innermost element an event happened on, inside the page's own shadow roots too. */
const innermost = (event: Event): Element | null => {
  const first = event.composedPath()[0];
  return isElement(first) ? first : null;
};

/** Starts pointing; returns the function that stops it (idempotent). */
export function startPointing({ doc, isOwn, onPick, onCancel }: PointingOptions): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const overlay = doc.createElement(POINTER_TAG);
  overlay.setAttribute('style', OVERLAY_STYLE);
  overlay.setAttribute('aria-hidden', 'true');
  doc.documentElement.append(overlay);

  let hovered: Element | null = null;
  let frame = 0;
  let stopped = false;

  const draw = () => {
    frame = 0;
    const rect = hovered?.isConnected ? hovered.getBoundingClientRect() : null;
    if (!rect || rect.width === 0 || rect.height === 0) {
      overlay.style.setProperty('display', 'none', 'important');
      return;
    }
    const place = { left: rect.left - 3, top: rect.top - 3, width: rect.width + 6, height: rect.height + 6 };
    for (const [name, value] of Object.entries(place)) overlay.style.setProperty(name, `${value}px`, 'important');
    overlay.style.setProperty('display', 'block', 'important');
  };
  const redraw = () => {
    frame ||= win.requestAnimationFrame(draw);
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const type of BLOCKED) win.removeEventListener(type, block, true);
    win.removeEventListener('pointermove', move, true);
    win.removeEventListener('keydown', key, true);
    win.removeEventListener('focusin', focus, true);
    win.removeEventListener('scroll', redraw, true);
    win.removeEventListener('resize', redraw);
    if (frame) win.cancelAnimationFrame(frame);
    overlay.remove();
  };

  const pick = (element: Element) => {
    stop();
    onPick(element);
  };

  function block(event: Event) {
    if (isOwn(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const element = event.type === 'click' ? innermost(event) : null;
    if (element) pick(element);
  }

  function move(event: Event) {
    hovered = isOwn(event.target) ? null : innermost(event);
    redraw();
  }

  function key(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      onCancel();
      return;
    }
    // From the keyboard: Tab to a value on the page (a link, a read-only field), then Enter picks it.
    const target = innermost(event);
    if (event.key === 'Enter' && target && !isOwn(event.target) && target !== doc.body) {
      event.preventDefault();
      event.stopImmediatePropagation();
      pick(target);
    }
  }

  function focus(event: Event) {
    if (!isOwn(event.target)) move(event);
  }

  for (const type of BLOCKED) win.addEventListener(type, block, { capture: true, passive: false });
  win.addEventListener('pointermove', move, { capture: true, passive: true });
  win.addEventListener('keydown', key, true);
  win.addEventListener('focusin', focus, true);
  win.addEventListener('scroll', redraw, { capture: true, passive: true });
  win.addEventListener('resize', redraw, { passive: true });
  return stop;
}
