/**
 * Events that make a control act: a click presses a button or ticks a box (React reads check boxes from clicks),
 * a key press can do the same, a submit saves a form. Input and change events only edit a draft, which nothing
 * keeps until a button is pressed; they stay allowed (form fillers, and Playwright's fill on date inputs, send them).
 */
const ACTING_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'submit',
  'reset',
  'paste',
  'drop',
] as const;

/**
 * The sidebar's shadow root may stay open (tests pierce it), so a page script can reach its buttons and dispatch
 * events at them, or call `.click()`. Such events are not trusted: they stop here, on the way in (capture phase,
 * before React's listeners on the root container), and their default action (ticking a box, submitting) is
 * cancelled. Only the officer's own clicks and keys reach the sidebar.
 */
export function acceptTrustedInputOnly(root: ShadowRoot | HTMLElement, signal?: AbortSignal): void {
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, refuse, { capture: true, signal });
}
