import { browser, defineContentScript } from '#imports';
import type { PageActions } from '@/components/sidebar/sidebar-actions';
import { startClock } from '@/utils/clock/today-override';
import { readTaughtPage } from '@/utils/dossier';
import type { Dossier } from '@/utils/dossier/types';
import { applyManualEntry, type ManualEntry } from '@/utils/manual-entry/manual-entry';
import { loadManualEntry, saveManualEntry } from '@/utils/manual-entry/storage';
import type { BackgroundMessage } from '@/utils/messaging/protocol';
import { isContentMessage, isRecipeTrialRequest } from '@/utils/messaging/protocol';
import { answerRecipeTrial } from '@/utils/messaging/recipe-trial';
import { clearRowFlags, flagRows } from '@/utils/page/flag-rows';
import { flagListRows } from '@/utils/page/flagged-rows';
import { SIDEBAR_HOST_TAG, type SidebarUi, sidebarUiOffered } from '@/utils/page/sidebar-ui-bridge';
import { watchPage } from '@/utils/page/watch-page';
import { PORTAL_MATCHES } from '@/utils/portal-hosts';
import type { PrintJob } from '@/utils/print/print-job';
import { recordCourtesy, recordSeen } from '@/utils/register/register-store';
import type { CourtesyAct } from '@/utils/scripts/types';
import { loadForDossier, loadForDossiers, saveForDossier } from '@/utils/session/dossier-session';
import { deadlineUnder, needsAttention } from '@/utils/settings/deadline-settings';
import { loadEffectiveSettings, watchEffectiveSettings } from '@/utils/settings/managed';
import { saveTaughtLocator } from '@/utils/settings/recipe-storage';
import { sidebarCollapsed } from '@/utils/settings/ui-state';
import { createSidebarStore } from '@/utils/store/sidebar-store';

/** Deadline levels move with the clock: re-evaluate every minute without a reload. */
const TICK_MS = 60_000;

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const store = createSidebarStore();
    let uiPromise: Promise<SidebarUi> | undefined;
    let ui: SidebarUi | undefined;
    let lastCount = -1;

    const actions: PageActions = {
      rereadPage: () => void refresh(),
      saveTaughtLocator,
      setCollapsed(collapsed: boolean) {
        store.getState().setCollapsed(collapsed);
        void sidebarCollapsed.setValue(collapsed).catch(() => {});
      },
      async saveManualEntry(entry: ManualEntry | null) {
        const key = store.getState().manualKey;
        if (!key) return false;
        const ok = await saveManualEntry(key, entry);
        if (ok) {
          store.getState().setManualEntry(key, entry);
          reportUrgentCount();
          noteSeen();
        }
        return ok;
      },
      async printLetters(job: PrintJob) {
        const message: BackgroundMessage = { type: 'mctt:print', job };
        return browser.runtime.sendMessage(message).then(
          (opened) => opened === true,
          () => false,
        );
      },
      async openThankYou() {
        const message: BackgroundMessage = { type: 'mctt:thank-you' };
        return browser.runtime.sendMessage(message).then(
          (opened) => opened === true,
          () => false,
        );
      },
      openOptions() {
        const message: BackgroundMessage = { type: 'mctt:open-options' };
        browser.runtime.sendMessage(message).catch(() => {});
      },
      async saveCourtesy(courtesy: CourtesyAct[]) {
        const key = store.getState().manualKey;
        if (!key) return false;
        const before = store.getState().courtesy;
        const ok = await saveForDossier('courtesy', key, courtesy);
        if (!ok) return false;
        store.getState().setCourtesy(courtesy);
        // The monthly report counts ticks, not whose dossier they were for.
        const retention = store.getState().settings.register.retentionMonths;
        for (const act of courtesy.filter((a) => !before.includes(a)))
          void recordCourtesy(act, 1, retention).catch(() => {});
        for (const act of before.filter((a) => !courtesy.includes(a)))
          void recordCourtesy(act, -1, retention).catch(() => {});
        return true;
      },
    };

    /** Asks the background to inject the UI script, then builds the sidebar with it. */
    const loadSidebarUi = async (): Promise<SidebarUi> => {
      const offered = sidebarUiOffered();
      const message: BackgroundMessage = { type: 'mctt:load-sidebar-ui' };
      await browser.runtime.sendMessage(message);
      return (await offered)(store, actions);
    };

    /** One UI per page: the promise is kept so overlapping refreshes share it; a failed load is tried again. */
    const ensureUi = (): Promise<SidebarUi> => {
      uiPromise ??= loadSidebarUi().catch((error: unknown) => {
        uiPromise = undefined;
        throw error;
      });
      return uiPromise;
    };

    const sidebarWanted = () => store.getState().pageKind !== 'none' || store.getState().openedByOfficer;

    const syncMounted = async () => {
      const wanted = sidebarWanted();
      if (wanted && !ui) {
        try {
          ui = await ensureUi();
        } catch {
          // The tab refused the UI script (a page being unloaded, say): the next refresh tries again.
          return;
        }
      }
      if (wanted && ui && !ui.mounted) ui.mount();
      if (!wanted && ui?.mounted) ui.remove();
    };

    /** Puts each row's level on the page and tells the toolbar badge how many need attention. */
    const publishDeadlines = () => {
      flagRows(
        document,
        store.getState().list.map(({ row, deadline }) => ({ row, level: deadline?.level ?? null })),
      );
      reportUrgentCount();
    };

    /** Time passed or the thresholds changed: same rows, new levels. */
    const reevaluate = () => {
      const { reading, list, now, settings } = store.getState();
      store.getState().setPage(reading, flagListRows(list, now, settings));
      publishDeadlines();
    };

    const reportUrgentCount = () => {
      const { list, reading, manualEntry, now, settings } = store.getState();
      const dossier = applyManualEntry(reading, manualEntry).dossier;
      const count = dossier
        ? Number(needsAttention(deadlineUnder(dossier, now, settings.deadline)))
        : list.filter((r) => needsAttention(r.deadline)).length;
      if (count === lastCount) return;
      lastCount = count;
      const message: BackgroundMessage = { type: 'mctt:urgent-count', count };
      browser.runtime.sendMessage(message).catch(() => {});
    };

    /** Each dossier read counts once per month in the report; a new status (returned on time…) updates it. */
    let lastSeen = '';
    let lastKept = '';
    const noteSeen = () => {
      const { reading, manualEntry, settings } = store.getState();
      const dossier = applyManualEntry(reading, manualEntry).dossier;
      if (!dossier?.code) return;
      const seen = `${dossier.code}|${dossier.status}|${dossier.completedAt ?? ''}`;
      if (seen !== lastSeen) {
        lastSeen = seen;
        void recordSeen(dossier, settings.register.retentionMonths).catch(() => {});
      }
      // Kept for the session, with the officer's corrections, so that a list page can print its letters in a batch.
      const kept = JSON.stringify(dossier);
      if (kept === lastKept) return;
      lastKept = kept;
      void saveForDossier('dossier', dossier.code, dossier);
    };

    const refresh = async () => {
      const url = location.href;
      const { reading, rows } = readTaughtPage(document, url, store.getState().settings.recipes);
      if (rows.length === 0) clearRowFlags(document);
      const { now, settings } = store.getState();
      store.getState().setPage(reading, flagListRows(rows, now, settings));
      // The UI script is fetched while this dossier's session records load.
      if (sidebarWanted()) ensureUi().catch(() => {});
      const key = reading.dossier?.code || (store.getState().openedByOfficer ? url : null);
      if (key !== store.getState().manualKey) {
        const [entry, courtesy] = key
          ? await Promise.all([loadManualEntry(key), loadForDossier<CourtesyAct[]>('courtesy', key)])
          : [null, null];
        store.getState().setManualEntry(key, entry);
        store.getState().setCourtesy(courtesy ?? []);
      }
      publishDeadlines();
      noteSeen();
      if (rows.length > 0) {
        store.getState().setKnownDossiers(
          await loadForDossiers<Dossier>(
            'dossier',
            rows.map((r) => r.summary.code),
          ),
        );
      }
      await syncMounted();
    };

    // The officer's settings with the office policy's sections over them, and the clock (a demo may set "today").
    const [collapsed, settings, stopClock] = await Promise.all([
      sidebarCollapsed.getValue().catch(() => false),
      loadEffectiveSettings(),
      startClock(),
    ]);
    ctx.onInvalidated(stopClock);
    store.getState().tick();
    store.getState().setCollapsed(collapsed);
    store.getState().setSettings(settings);
    const unwatchSettings = watchEffectiveSettings((settings) => {
      const taughtBefore = JSON.stringify(store.getState().settings.recipes);
      store.getState().setSettings(settings);
      // A recipe taught, imported or deleted elsewhere changes how this page reads.
      if (JSON.stringify(settings.recipes) !== taughtBefore) void refresh();
      else reevaluate();
    });
    ctx.onInvalidated(unwatchSettings);
    ctx.setInterval(() => {
      store.getState().tick();
      reevaluate();
    }, TICK_MS);

    const onMessage = (message: unknown) => {
      if (isRecipeTrialRequest(message)) return Promise.resolve(answerRecipeTrial(message, document, location.href));
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
