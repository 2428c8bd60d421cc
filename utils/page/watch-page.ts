import type { ContentScriptContext } from '#imports';

export interface WatchOptions {
  /** Quiet time after the last mutation before re-reading. */
  debounceMs?: number;
  /** Longest wait under continuous mutations (e.g. a ticking clock on the page). */
  maxWaitMs?: number;
  /** Our own nodes (the sidebar's host, our style sheets): their mutations are not the portal's. */
  isOwn?: (node: Node) => boolean;
}

/**
 * Calls `onChange` after SPA navigation and after batches of DOM changes, never once per mutation:
 * portals re-render large tables and the officer's page must stay fast.
 */
export function watchPage(ctx: ContentScriptContext, onChange: () => void, options: WatchOptions = {}): void {
  const { debounceMs = 200, maxWaitMs = 1000, isOwn = () => false } = options;
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
  const inOwn = (node: Node | null) => {
    for (let n = node; n; n = n.parentNode) if (isOwn(n)) return true;
    return false;
  };
  const ownMutation = (m: MutationRecord) =>
    inOwn(m.target) || (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((node) => isOwn(node)));
  const observer = new MutationObserver((mutations) => {
    if (mutations.every(ownMutation)) return;
    schedule();
  });
  // Attributes are not watched: our own row flags are attributes, and re-reading on them would loop.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
