import { createRoot } from 'react-dom/client';
import type { RenderSidebar } from '@/utils/page/sidebar-ui-bridge';
import { reportRenderError } from '../common/report-render-error';
import { Sidebar } from './Sidebar';
import { SidebarStoreProvider } from './store-context';

/**
 * Draws the sidebar into the container the content script made (inside the shadow root, replacing its first
 * frame: React clears the container on its first commit, so the two are never seen together).
 */
export const renderSidebar: RenderSidebar = (container, store, actions) => {
  const root = createRoot(container, { onCaughtError: reportRenderError, onUncaughtError: reportRenderError });
  root.render(
    <SidebarStoreProvider store={store} actions={actions}>
      <Sidebar />
    </SidebarStoreProvider>,
  );
  return () => root.unmount();
};
