import { defineContentScript } from '#imports';
import { createSidebarUi } from '@/components/sidebar/mount-sidebar';
import { offerSidebarUi, SIDEBAR_HOST_TAG } from '@/utils/page/sidebar-ui-bridge';
import { createTeachSession } from '@/utils/page/teach-session';
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
    offerSidebarUi((store, actions) => {
      // Teaching a portal (the picker, its proposals, saving) lives here, not in the script every page runs.
      const { dispose, ...teach } = createTeachSession({
        store,
        doc: document,
        isOwn: (target) => target instanceof Element && target.closest(SIDEBAR_HOST_TAG) !== null,
        refresh: actions.rereadPage,
        save: actions.saveTaughtLocator,
      });
      ctx.onInvalidated(dispose);
      return createSidebarUi(ctx, store, { ...actions, ...teach });
    });
  },
});
