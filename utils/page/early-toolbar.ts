import { browser, type ContentScriptContext } from '#imports';

/**
 * The toolbar button pressed while the portal page still loads (the sidebar starts after its load event): held, and
 * handed to the sidebar once it has started. Whatever the number of presses, the officer wanted it open then.
 * Checked by its type alone: the protocol's checks are not evaluated before the page has loaded.
 */
export function holdToolbarPresses(ctx: ContentScriptContext): { handOver(open: () => void): void } {
  let pressed = false;
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'mctt:toggle-sidebar') pressed = true;
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  ctx.onInvalidated(stop);
  return {
    handOver(open) {
      stop();
      if (pressed) open();
    },
  };
}
