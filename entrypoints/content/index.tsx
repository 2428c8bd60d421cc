import { browser, defineContentScript } from '#imports';
import { holdToolbarPresses } from '@/utils/page/early-toolbar';
import { takeStartValues } from '@/utils/page/start-storage';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';

// The background injects this script once the portal page has loaded (entrypoints/portal-start.ts asks for it), so
// nothing here runs while the page is parsed. The start script has read storage already; the modules below import()
// are evaluated only now (the bundler keeps them uninitialised until then).

export default defineContentScript({
  matches: PORTAL_MATCHES,
  // Not in the manifest: the background's executeScript brings it (utils/background/portal-start.ts).
  registration: 'runtime',
  // No window.postMessage on start (WXT's duplicate-script check): the portal's own message listeners never see us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const stored = takeStartValues((keys) => browser.storage.local.get(keys));
    const toolbar = holdToolbarPresses(ctx);
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
