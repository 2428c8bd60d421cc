/** A page whose images take longer than this to load gets its sidebar anyway. */
export const MAX_LOAD_WAIT_MS = 3000;

/** What the start script needs of the page's window: its load event and a timer. */
export type StartWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>;

/**
 * Calls `start` once, when the page's load event is over (or after `maxWaitMs`, for a page whose images never
 * finish). The portal start script runs this at document_start: the content script comes only after the load
 * event, so the portal's own load never waits for us.
 */
export function startAfterLoad(
  win: StartWindow,
  readyState: DocumentReadyState,
  start: () => void,
  maxWaitMs = MAX_LOAD_WAIT_MS,
): void {
  if (readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    win.removeEventListener('pageshow', onLoad);
    win.clearTimeout(timer);
    start();
  };
  // pageshow comes right after the load event has ended (its end is what the page's load time counts): the request
  // leaves at once, and the browser's round trip overlaps the page's first paint.
  const onLoad = () => once();
  win.addEventListener('pageshow', onLoad);
  const timer = win.setTimeout(once, maxWaitMs);
}

/** What the start script needs of the document: whether the browser is prerendering it, and the event when shown. */
export type StartDocument = Pick<Document, 'addEventListener'> & { prerendering?: boolean };

/**
 * Calls `start` once the page is shown. A page the browser prerenders (an address typed in the omnibox, say) is
 * in no tab yet, so the background could not tell where to inject: it asks once the officer opens it.
 */
export function startWhenShown(doc: StartDocument, start: () => void): void {
  if (doc.prerendering !== true) {
    start();
    return;
  }
  doc.addEventListener('prerenderingchange', () => start(), { once: true });
}
