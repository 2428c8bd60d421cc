/** The shadow host a content script UI lives in: styles kept in, the page's styles and key listeners kept out. */

// WXT's shadow-root UI would reset the host's styles with this rule; kept, so no page style reaches in.
const HOST_RESET = ':host{all:initial !important;}';
// Keys typed in the sidebar must not trigger the portal's own shortcuts.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** A host element, its open shadow root (tests pierce it), its styles and the container a UI draws into. */
export function buildShadowHost(name: string, css: string) {
  const element = document.createElement(name);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return { element, shadow, container };
}
