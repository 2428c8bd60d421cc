import { defineContentScript } from '#imports';
import { afterLoadAndIdle } from '@/utils/page/after-load';
import { holdToolbarPresses } from '@/utils/page/early-toolbar';
import { readStoredStart } from '@/utils/page/start-storage';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';

// Keep the static imports above this small: they are evaluated at document_start, before the page is parsed. The
// rest comes through import() once the page has loaded (the bundler keeps those modules uninitialised until then).

export default defineContentScript({
  matches: PORTAL_MATCHES,
  // Chromium holds a page's load event until its document_end and document_idle scripts have run; document_start
  // scripts it does not wait for. So we start early, do nothing but one storage read, and wait for load.
  runAt: 'document_start',
  // No window.postMessage on start (WXT's duplicate-script check): the portal's own message listeners never see us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const stored = readStoredStart();
    const toolbar = holdToolbarPresses(ctx);
    await afterLoadAndIdle(ctx);
    const [{ readTaughtPage }, page, { SIDEBAR_CSS }] = await Promise.all([
      import('@/utils/dossier'),
      import('@/utils/page/sidebar-page'),
      import('@/components/sidebar/sidebar-css'),
    ]);

    // The dossier the portal page shows, or the rows of its list, read with what officers taught for this portal.
    const read: import('@/utils/page/sidebar-page').ReadPage = (recipes) =>
      readTaughtPage(document, location.href, recipes);

    const sidebar = await page.startSidebar(ctx, page.startValuesFrom(await stored), read, SIDEBAR_CSS);
    page.watchPage(ctx, sidebar.refresh, { isOwn: sidebar.isOwn });
    sidebar.refresh();
    toolbar.handOver(sidebar);
  },
});
