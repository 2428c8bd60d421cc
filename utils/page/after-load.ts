import type { ContentScriptContext } from '#imports';

export interface AfterLoadOptions {
  /** Longest wait for an idle moment once the page has loaded (a frame: the portal's own first paint comes first). */
  idleTimeoutMs?: number;
  /** A page whose images take longer than this to load gets its sidebar anyway. */
  maxLoadWaitMs?: number;
}

/**
 * Resolves once the portal's load event is over and the main thread is idle: the content script starts at
 * document_start (Chromium holds a page's load event until document_end and document_idle scripts have run, but
 * not for document_start ones), waits here, and only then reads the page. The portal's own load never waits for us.
 */
export function afterLoadAndIdle(ctx: ContentScriptContext, options: AfterLoadOptions = {}): Promise<void> {
  const { idleTimeoutMs = 16, maxLoadWaitMs = 3000 } = options;
  return new Promise((resolve) => {
    let started = false;
    const whenIdle = () => {
      if (started) return;
      started = true;
      if (typeof requestIdleCallback === 'function')
        ctx.requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
      else ctx.setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') {
      whenIdle();
      return;
    }
    window.addEventListener('load', whenIdle, { once: true, signal: ctx.signal });
    ctx.setTimeout(whenIdle, maxLoadWaitMs);
  });
}
