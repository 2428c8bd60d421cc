import type { ContentScriptContext } from '#imports';

export interface WatchOptions {
  /** Quiet time after the last mutation before re-reading. */
  debounceMs?: number;
  /** Longest wait under continuous mutations (e.g. a ticking clock on the page). */
  maxWaitMs?: number;
  /** Mutations inside this element (our own UI) are ignored. */
  ignore?: () => Element | null | undefined;
}

/**
 * Calls `onChange` after SPA navigation and after batches of DOM changes, never once per mutation:
 * portals re-render large tables and the officer's page must stay fast.
 */
export function watchPage(ctx: ContentScriptContext, onChange: () => void, options: WatchOptions = {}): void {
  const { debounceMs = 200, maxWaitMs = 1000, ignore } = options;
  let timer: number | undefined;
  let firstPendingAt = 0;

  const flush = () => {
    timer = undefined;
    firstPendingAt = 0;
    if (ctx.isValid) onChange();
  };

  const schedule = () => {
    const now = performance.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = ctx.setTimeout(flush, wait);
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  // Our own UI appearing or changing is not a change of the portal's page.
  const isOwn = (m: MutationRecord, own: Element) =>
    own.contains(m.target) ||
    (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((node) => node === own));
  const observer = new MutationObserver((mutations) => {
    const own = ignore?.();
    if (own && mutations.every((m) => isOwn(m, own))) return;
    schedule();
  });
  // Attributes are not watched: our own row flags are attributes, and re-reading on them would loop.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
