import { defineContentScript } from '#imports';
import { createSidebarUi } from '@/components/sidebar/mount-sidebar';
import { offerSidebarUi } from '@/utils/page/sidebar-ui-bridge';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';

/**
 * The sidebar's React UI. Not in the manifest: the background injects it into a portal tab when the page script
 * asks for the sidebar, so pages that never show it never load React.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  registration: 'runtime',
  // The sidebar passes its own CSS to its shadow root (see mount-sidebar).
  cssInjectionMode: 'manual',
  main(ctx) {
    offerSidebarUi((store, actions) => createSidebarUi(ctx, store, actions));
  },
});
