import { createRoot } from 'react-dom/client';
import type { SidebarActions } from '@/utils/page/sidebar-actions';
import type { SidebarStore } from '@/utils/store/sidebar-store';
import { reportRenderError } from '../common/report-render-error';
import { Sidebar } from './Sidebar';
import { SidebarStoreProvider } from './store-context';

/**
 * Draws the sidebar into the container the content script made (inside the shadow root, replacing its first
 * frame: React clears the container on its first commit, so the two are never seen together).
 */
export function renderSidebar(container: HTMLElement, store: SidebarStore, actions: SidebarActions) {
  const root = createRoot(container, { onCaughtError: reportRenderError, onUncaughtError: reportRenderError });
  root.render(
    <SidebarStoreProvider store={store} actions={actions}>
      <Sidebar />
    </SidebarStoreProvider>,
  );
  return () => root.unmount();
}
