import { defineContentScript } from '#imports';
import { readDossier, readListRows } from '@/utils/dossier';
import { afterLoadAndIdle } from '@/utils/page/after-load';
import { type PageReading, startSidebar } from '@/utils/page/sidebar-controller';
import { readStartValues } from '@/utils/page/start-values';
import { watchPage } from '@/utils/page/watch-page';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  // Chromium holds a page's load event until its document_end and document_idle scripts have run; document_start
  // scripts it does not wait for. So we start early, do nothing but one storage read, and wait for load.
  runAt: 'document_start',
  // No window.postMessage on start (WXT's duplicate-script check): the portal's own message listeners never see us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const start = readStartValues();
    await afterLoadAndIdle(ctx);

    /** The dossier the portal page shows, or the rows of its list. */
    const read = (): PageReading => {
      const url = location.href;
      const reading = readDossier(document, url);
      return { reading, rows: reading.dossier ? [] : readListRows(document, url) };
    };

    const sidebar = await startSidebar(ctx, await start, read);
    watchPage(ctx, sidebar.refresh, { isOwn: sidebar.isOwn });
    sidebar.refresh();
  },
});
