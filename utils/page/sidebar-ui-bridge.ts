import type { SidebarStore } from '../store/sidebar-store';
import type { PageActions } from './sidebar-actions';

/** The host element of the sidebar's shadow root. */
export const SIDEBAR_HOST_TAG = 'mctt-sidebar';

/** Draws the full sidebar (React) into the container; returns how to take it down. */
export type RenderSidebar = (container: HTMLElement, store: SidebarStore, actions: PageActions) => () => void;

/**
 * React and the sidebar's components are a second script, injected only once a page needs the sidebar, so that the
 * script every portal page runs stays small. Both scripts share the extension's isolated world, and meet here.
 */
const KEY = Symbol.for('mctt.sidebar-ui');

interface Meeting {
  offer?: RenderSidebar;
  waiting: ((render: RenderSidebar) => void)[];
}

const meeting = (): Meeting => {
  const global = globalThis as unknown as Record<symbol, Meeting | undefined>;
  global[KEY] ??= { waiting: [] };
  return global[KEY];
};

/** Called by the UI script when it has loaded. */
export function offerSidebarUi(render: RenderSidebar): void {
  const m = meeting();
  m.offer = render;
  for (const resolve of m.waiting.splice(0)) resolve(render);
}

/** Resolves once the UI script has loaded (at once if it already has). */
export function sidebarUiOffered(): Promise<RenderSidebar> {
  const m = meeting();
  return m.offer ? Promise.resolve(m.offer) : new Promise((resolve) => m.waiting.push(resolve));
}
