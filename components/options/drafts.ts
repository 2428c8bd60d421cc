/**
 * When the options page writes what a team lead types. Every write of the settings wakes every open portal tab, so a
 * field keeps its text as a draft and saves it once typing pauses, or at once when it is left (blur, Enter), when
 * it goes away, when the page is hidden or closed, and before an export. No React here: timing and flushing only.
 */

/** How long typing must pause before a field saves on its own (ms). */
export const SAVE_PAUSE_MS = 700;

/** One field's unsaved text. */
export interface Draft {
  /** A keystroke: the text waits for a pause in typing. */
  edit(text: string): void;
  /** Saves the waiting text now, if any. */
  flush(): void;
  /** Saves the waiting text and leaves the group (the field has gone). */
  close(): void;
  /** Whether some text waits to be saved. */
  readonly pending: boolean;
}

/** Every draft of a page, flushed together; one place knows whether anything typed is still unsaved. */
export interface DraftGroup {
  /** A new draft whose text goes to `save`, one call per pause or flush. */
  draft(save: (text: string) => void): Draft;
  /** Saves every waiting text now. */
  flushAll(): void;
  readonly pending: boolean;
}

export interface DraftGroupOptions {
  pauseMs?: number;
  /** Told when the page starts having unsaved text, and when it has none left (before the last save is made). */
  onPendingChange?(pending: boolean): void;
}

export function createDraftGroup({ pauseMs = SAVE_PAUSE_MS, onPendingChange }: DraftGroupOptions = {}): DraftGroup {
  const drafts = new Set<Draft>();
  const waiting = new Set<Draft>();

  const setWaiting = (draft: Draft, on: boolean) => {
    const before = waiting.size > 0;
    if (on) waiting.add(draft);
    else waiting.delete(draft);
    if (before !== waiting.size > 0) onPendingChange?.(!before);
  };

  return {
    draft(save) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let text: string | undefined;
      const draft: Draft = {
        edit(next) {
          text = next;
          clearTimeout(timer);
          timer = setTimeout(() => draft.flush(), pauseMs);
          setWaiting(draft, true);
        },
        flush() {
          clearTimeout(timer);
          timer = undefined;
          if (text === undefined) return;
          const saved = text;
          text = undefined;
          setWaiting(draft, false);
          save(saved);
        },
        close() {
          draft.flush();
          drafts.delete(draft);
        },
        get pending() {
          return text !== undefined;
        },
      };
      drafts.add(draft);
      return draft;
    },
    flushAll() {
      for (const draft of [...drafts]) draft.flush();
    },
    get pending() {
      return waiting.size > 0;
    },
  };
}

interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Saves every draft when the page may be going away: `pagehide` (tab closed, reloaded, navigated) and the page
 * turning hidden (another tab, the window minimised: a hidden page may be discarded without any other event).
 * Returns the way to stop.
 */
export function flushWhenLeft(
  group: Pick<DraftGroup, 'flushAll'>,
  win: PageEvents,
  doc: PageEvents & { readonly visibilityState: string },
): () => void {
  const onHide = () => group.flushAll();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') group.flushAll();
  };
  win.addEventListener('pagehide', onHide);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
