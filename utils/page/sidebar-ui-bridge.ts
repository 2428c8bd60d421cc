import type { PageActions } from '@/components/sidebar/sidebar-actions';
import type { SidebarStore } from '../store/sidebar-store';

/** The host element of the sidebar's shadow root: the page watcher ignores its own UI by this tag. */
export const SIDEBAR_HOST_TAG = 'mctt-sidebar';

/** What the sidebar UI script gives the page script: a mounted-or-not sidebar it can show and hide. */
export interface SidebarUi {
  /** Set while mounted (WXT keeps the React root here). */
  readonly mounted: unknown;
  mount(): void;
  remove(): void;
}

export type CreateSidebarUi = (store: SidebarStore, actions: PageActions) => Promise<SidebarUi>;

/**
 * React and the sidebar's components are a second script, injected only once a page needs the sidebar, so that the
 * script every portal page runs stays small. Both scripts share the extension's isolated world, and meet here.
 */
const KEY = Symbol.for('mctt.sidebar-ui');

interface Meeting {
  offer?: CreateSidebarUi;
  waiting: ((create: CreateSidebarUi) => void)[];
}

const meeting = (): Meeting => {
  const global = globalThis as unknown as Record<symbol, Meeting | undefined>;
  global[KEY] ??= { waiting: [] };
  return global[KEY];
};

/** Called by the UI script when it has loaded. */
export function offerSidebarUi(create: CreateSidebarUi): void {
  const m = meeting();
  m.offer = create;
  for (const resolve of m.waiting.splice(0)) resolve(create);
}

/** Resolves once the UI script has loaded (at once if it already has). */
export function sidebarUiOffered(): Promise<CreateSidebarUi> {
  const m = meeting();
  return m.offer ? Promise.resolve(m.offer) : new Promise((resolve) => m.waiting.push(resolve));
}
