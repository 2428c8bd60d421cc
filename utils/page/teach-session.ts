import { proposeColumnLocator, proposeFieldLocator } from '../dossier/recipes/propose';
import { RECIPE_FIELD_LABEL, type RecipeField, type RecipeScope } from '../dossier/recipes/types';
import type { SaveOutcome, saveTaughtLocator } from '../settings/recipe-storage';
import type { SidebarStore } from '../store/sidebar-store';
import type { Teaching } from '../store/teach-slice';
import { startPointing } from './point-picker';

export interface TeachSessionOptions {
  store: SidebarStore;
  doc: Document;
  /** Events in the sidebar are the officer's, not pointing. */
  isOwn(target: EventTarget | null): boolean;
  /** Reads the page again once a field is taught, so the sidebar shows what it now reads. */
  refresh(): void;
  /** Stores the confirmed way (the content script does: it owns the settings). */
  save: typeof saveTaughtLocator;
}

/** What the sidebar asks while teaching: point, confirm, cancel. */
export interface TeachActions {
  startTeaching(scope: RecipeScope, field: RecipeField): void;
  confirmTeaching(): Promise<void>;
  cancelTeaching(): void;
}

/**
 * One teaching at a time for a page: the picker on the page, the proposal in the store for the sidebar to show, and
 * the confirmed way saved to the settings. Nothing is saved before the officer confirms.
 */
export function createTeachSession({
  store,
  doc,
  isOwn,
  refresh,
  save,
}: TeachSessionOptions): TeachActions & { dispose(): void } {
  let stopPointing: (() => void) | undefined;
  const set = (teaching: Teaching | null) => store.getState().setTeaching(teaching);
  const stop = () => {
    stopPointing?.();
    stopPointing = undefined;
  };

  const picked = (scope: RecipeScope, field: RecipeField, element: Element) => {
    stopPointing = undefined;
    const proposal = scope === 'dossier' ? proposeFieldLocator(element, field) : proposeColumnLocator(element, field);
    if (proposal.ok) {
      const { locator, value, rows } = proposal;
      set({ scope, field, phase: 'proposed', locator, value, rows });
    } else set({ scope, field, phase: 'refused', value: proposal.value, message: proposal.error });
  };

  const startTeaching = (scope: RecipeScope, field: RecipeField) => {
    stop();
    set({ scope, field, phase: 'pointing' });
    stopPointing = startPointing({
      doc,
      isOwn,
      onPick: (element) => picked(scope, field, element),
      onCancel: () => set(null),
    });
  };

  const confirmTeaching = async () => {
    const teaching = store.getState().teaching;
    if (teaching?.phase !== 'proposed' || !teaching.locator) return;
    const host = doc.location?.hostname ?? '';
    set({ ...teaching, phase: 'saving' });
    const outcome: SaveOutcome = await save(host, teaching.scope, teaching.field, teaching.locator);
    if (!outcome.ok) {
      set({ ...teaching, phase: 'refused', message: outcome.error });
      return;
    }
    // The effective settings are the officer's here (a locked section is never written): use them at once.
    store.getState().setSettings({ ...store.getState().settings, recipes: outcome.recipes });
    const name = RECIPE_FIELD_LABEL[teaching.field];
    set({
      ...teaching,
      phase: 'saved',
      message: `Đã lưu cách đọc ${teaching.scope === 'list' ? `cột ${name}` : name} cho cổng ${host}. Từ nay trợ lý đọc như vậy trên cổng này.`,
    });
    refresh();
  };

  const cancelTeaching = () => {
    stop();
    set(null);
  };

  return { startTeaching, confirmTeaching, cancelTeaching, dispose: stop };
}
