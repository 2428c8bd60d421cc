import { browser, defineContentScript } from '#imports';
import { createSidebarUi, SIDEBAR_HOST_TAG } from '@/components/sidebar/mount-sidebar';
import { readDossier, readDossierList } from '@/utils/dossier';
import { loadManualEntry, saveManualEntry } from '@/utils/manual-entry/storage';
import { isContentMessage } from '@/utils/messaging/protocol';
import { watchPage } from '@/utils/page/watch-page';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';
import { sidebarCollapsed } from '@/utils/settings/ui-state';
import { createSidebarStore } from '@/utils/store/sidebar-store';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const store = createSidebarStore();
    let ui: Awaited<ReturnType<typeof createSidebarUi>> | undefined;

    const actions = {
      setCollapsed(collapsed: boolean) {
        store.getState().setCollapsed(collapsed);
        void sidebarCollapsed.setValue(collapsed).catch(() => {});
      },
      async saveManualEntry(entry: Parameters<typeof saveManualEntry>[1]) {
        const key = store.getState().manualKey;
        if (!key) return false;
        const ok = await saveManualEntry(key, entry);
        if (ok) store.getState().setManualEntry(key, entry);
        return ok;
      },
    };

    const syncMounted = async () => {
      const { pageKind, openedByOfficer } = store.getState();
      const wanted = pageKind !== 'none' || openedByOfficer;
      if (wanted && !ui) ui = await createSidebarUi(ctx, store, actions);
      if (wanted && ui && !ui.mounted) ui.mount();
      if (!wanted && ui?.mounted) ui.remove();
    };

    const refresh = async () => {
      const url = location.href;
      const reading = readDossier(document, url);
      store.getState().setPage(reading, reading.dossier ? [] : readDossierList(document, url));
      const key = reading.dossier?.code || (store.getState().openedByOfficer ? url : null);
      if (key !== store.getState().manualKey)
        store.getState().setManualEntry(key, key ? await loadManualEntry(key) : null);
      await syncMounted();
    };

    store.getState().setCollapsed(await sidebarCollapsed.getValue().catch(() => false));
    const onMessage = (message: unknown) => {
      if (!isContentMessage(message)) return;
      // The toolbar button toggles: an open sidebar folds away, a folded or absent one opens.
      if (ui?.mounted && !store.getState().collapsed) actions.setCollapsed(true);
      else {
        store.getState().openByOfficer();
        void sidebarCollapsed.setValue(false).catch(() => {});
        void refresh();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    watchPage(ctx, () => void refresh(), { ignore: () => document.querySelector(SIDEBAR_HOST_TAG) });
    await refresh();
  },
});
