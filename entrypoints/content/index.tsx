import { defineContentScript } from '#imports';
import { afterLoadAndIdle } from '@/utils/page/after-load';
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
    await afterLoadAndIdle(ctx);
    const [{ readDossier, readListRows }, page] = await Promise.all([
      import('@/utils/dossier'),
      import('@/utils/page/sidebar-page'),
    ]);

    /** The dossier the portal page shows, or the rows of its list. */
    const read = (): import('@/utils/page/sidebar-page').PageReading => {
      const url = location.href;
      const reading = readDossier(document, url);
      return { reading, rows: reading.dossier ? [] : readListRows(document, url) };
    };

    const sidebar = await page.startSidebar(ctx, page.startValuesFrom(await stored), read);
    page.watchPage(ctx, sidebar.refresh, { isOwn: sidebar.isOwn });
    sidebar.refresh();
  },
});
