import { createRoot, type Root } from 'react-dom/client';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { SIDEBAR_HOST_TAG } from '@/utils/page/sidebar-ui-bridge';
import type { SidebarStore } from '@/utils/store/sidebar-store';
import { Sidebar } from './Sidebar';
// Inlined into the script: no web-accessible file to fetch, so the sidebar is styled on any host it runs on.
import sidebarCss from './sidebar.css?inline';
import type { SidebarActions } from './sidebar-actions';
import { SidebarStoreProvider } from './store-context';
import teachCss from './teach.css?inline';

/** The sidebar lives in a shadow root so the portal's styles and ours never meet. */
export function createSidebarUi(ctx: ContentScriptContext, store: SidebarStore, actions: SidebarActions) {
  return createShadowRootUi<Root>(ctx, {
    name: SIDEBAR_HOST_TAG,
    css: `${sidebarCss}\n${teachCss}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in the sidebar must not trigger the portal's own shortcuts.
    isolateEvents: true,
    // The host stays unstyled (WXT resets it); the panel itself is position: fixed, so the page never reflows.
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <SidebarStoreProvider store={store} actions={actions}>
          <Sidebar />
        </SidebarStoreProvider>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
}
