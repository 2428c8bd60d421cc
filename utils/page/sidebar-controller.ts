import type { ContentScriptContext } from '#imports';
import { followClock } from '../clock/today-override';
import type { PageReading } from '../dossier';
import type { Recipe } from '../dossier/recipes/types';
import type { Dossier } from '../dossier/types';
import { applyManualEntry, type ManualEntry } from '../manual-entry/manual-entry';
import { type OptionsSectionId, onMessage, type SidebarPresence, sendMessage } from '../messaging/protocol';
import { answerRecipeTrial } from '../messaging/recipe-trial';
import type { PrintJob } from '../print/print-job';
import { seenDossierOf } from '../register/register-changes';
import type { CourtesyAct } from '../scripts/types';
import { deadlineUnder, needsAttention } from '../settings/deadline-settings';
import { watchEffectiveSettings } from '../settings/managed';
import { saveTaughtLocator } from '../settings/recipe-storage';
import { sidebarCollapsed } from '../settings/ui-state';
import { createSidebarStore } from '../store/sidebar-store';
import { createDock, panelWidth, TAB_WIDTH } from './dock';
import { renderFirstFrame } from './first-frame';
import { latestRecords } from './latest-records';
import { withDeadlines } from './list-deadlines';
import { POINTER_TAG } from './point-picker';
import { clearRowMarks, isRowMarkStyle, markRows } from './row-marks';
import type { PageActions } from './sidebar-actions';
import { glanceOf } from './sidebar-glance';
import { createSidebarHost } from './sidebar-host';
import { type RenderSidebar, sidebarUiOffered } from './sidebar-ui-bridge';
import type { StartValues } from './start-values';
import { shareWithSidebarUi } from './ui-shared';

/** Deadline levels move with the clock: re-evaluate every minute without a reload. */
const TICK_MS = 60_000;
/** A dossier counts as seen once it has stayed on screen this long: a page cycling codes records none. */
const SEEN_DWELL_MS = 1000;

/** Reads the portal page (the dossier it shows, or its list's rows) with what officers taught for its portal. */
export type ReadPage = (recipes: readonly Recipe[]) => PageReading;

export interface SidebarController {
  /** Reads the page again and brings the sidebar, the row marks and the toolbar badge up to date. */
  refresh(): void;
  /** Our own nodes in the page (host, style sheets): their changes are not the portal's. */
  isOwn(node: Node): boolean;
  /** Opens the sidebar, unfolded, as the toolbar button does for an absent or folded one. */
  openByOfficer(): void;
  /** Opens the sidebar, unfolded, and puts the focus on its first control (the keyboard shortcut). */
  focusByOfficer(): void;
  /** The toolbar button: folds an open sidebar away, opens a folded or absent one. */
  toggleByOfficer(): void;
  /** Whether the sidebar is on the page, and how (asked by e2e once the page has been read). */
  presence(): SidebarPresence;
}

/**
 * The sidebar on a portal page: the store, the host and its first frame, the dock, the full UI when it has
 * loaded, and what the sidebar asks of storage and the background. The content script only reads the page.
 */
export async function startSidebar(
  ctx: ContentScriptContext,
  start: StartValues,
  readPage: ReadPage,
  /** The sidebar's style sheet (its components' CSS, handed in by the entrypoint). */
  css: string,
): Promise<SidebarController> {
  const store = createSidebarStore();
  ctx.onInvalidated(followClock(start.today));
  store.getState().tick();
  store.getState().setCollapsed(start.collapsed);
  store.getState().setSettings(start.settings);
  store.getState().addNotices(start.problems);
  if (start.collapsedBroken) void sidebarCollapsed.setValue(start.collapsed).catch(() => {});

  let render: RenderSidebar | undefined;
  let unmountReact: (() => void) | undefined;
  let uiLoading: Promise<void> | undefined;

  const read = () => readPage(store.getState().settings.recipes);

  const host = createSidebarHost(ctx, {
    css,
    onMount: () => draw(),
    onRemove: () => {
      unmountReact?.();
      unmountReact = undefined;
    },
  });
  const dock = createDock((element) => host.isOwn(element));
  ctx.onInvalidated(() => dock.remove());

  /** The full sidebar once its script is here; until then the first frame, redrawn as the store changes. */
  function draw() {
    if (!host.shown) return;
    if (render) {
      unmountReact ??= render(host.container, store, actions);
      return;
    }
    const state = store.getState();
    renderFirstFrame(host.container, glanceOf(state), state.collapsed);
  }

  /** Fixed elements are measured in an idle moment after the sidebar is painted, never on its way to the screen. */
  let refitPending: { full: boolean } | undefined;
  const refitSoon = (full = false) => {
    if (refitPending) {
      refitPending.full ||= full;
      return;
    }
    const pending = { full };
    refitPending = pending;
    ctx.requestIdleCallback(
      () => {
        refitPending = undefined;
        if (host.shown) dock.refit(pending.full);
      },
      { timeout: 200 },
    );
  };

  const updateDock = () => {
    // The window's width, not the root's: reading clientWidth here would force a layout before the first paint.
    const viewport = window.innerWidth;
    const width = !host.shown ? 0 : store.getState().collapsed ? TAB_WIDTH : panelWidth(viewport);
    host.element.style.setProperty('--mctt-width', `${panelWidth(viewport)}px`);
    host.element.style.setProperty('--mctt-tab-width', `${TAB_WIDTH}px`);
    if (width === dock.width) return;
    dock.setWidth(width);
    refitSoon(true);
  };

  const loadUi = () => {
    if (uiLoading) return;
    uiLoading = (async () => {
      // Once the first frame is on screen: compiling the UI script would otherwise hold that frame back.
      await new Promise<void>((painted) => ctx.requestAnimationFrame(() => ctx.setTimeout(painted, 0)));
      // The UI script carries none of the modules it shares with this one: they are handed over before it runs.
      shareWithSidebarUi();
      const offered = sidebarUiOffered();
      await sendMessage('loadSidebarUi');
      render = await offered;
      draw();
    })().catch(() => {
      // The tab refused the UI script (a page being unloaded, say): the next refresh tries again.
      uiLoading = undefined;
    });
  };

  const sidebarWanted = () => store.getState().pageKind !== 'none' || store.getState().openedByOfficer;

  const syncMounted = () => {
    if (sidebarWanted()) {
      host.show();
      host.ensure();
      loadUi();
    } else {
      host.hide();
    }
    updateDock();
  };

  store.subscribe((state, previous) => {
    if (!unmountReact) draw();
    if (state.collapsed !== previous.collapsed) updateDock();
  });

  let lastCount = -1;
  const reportUrgentCount = () => {
    const { list, reading, manualEntry, now, settings } = store.getState();
    const dossier = applyManualEntry(reading, manualEntry).dossier;
    const count = dossier
      ? Number(needsAttention(deadlineUnder(dossier, now, settings.deadline)))
      : list.filter((r) => needsAttention(r.deadline)).length;
    if (count === lastCount) return;
    lastCount = count;
    sendMessage('showUrgentCount', count).catch(() => {});
  };

  /** Puts each row's level on the page and tells the toolbar badge how many need attention. */
  const publishDeadlines = () => {
    markRows(
      document,
      store.getState().list.map(({ row, deadline }) => ({ row, level: deadline?.level ?? null })),
    );
    reportUrgentCount();
  };

  /** Time passed or the thresholds changed: same rows, new levels. */
  const reevaluate = () => {
    const { reading, list, now, settings } = store.getState();
    store.getState().setPage(reading, withDeadlines(list, now, settings));
    publishDeadlines();
  };

  /** The officer's corrections and "4 xin" for this dossier, from the session (via the background). */
  const records = latestRecords(
    async (key) =>
      key
        ? Promise.all(
            (['manual', 'courtesy'] as const).map((kind) =>
              sendMessage('readSessionRecords', { kind, keys: [key] }).catch(() => null),
            ),
          )
        : [null, null],
    (key, [manual, courtesy], fromElsewhere) => {
      store.getState().addNotices([...(manual?.problems ?? []), ...(courtesy?.problems ?? [])]);
      store.getState().setManualEntry(key, (key && (manual?.values[key] as ManualEntry)) || null, fromElsewhere);
      store.getState().setCourtesy((key && (courtesy?.values[key] as CourtesyAct[])) || []);
      publishDeadlines();
      noteSeen();
    },
  );

  /** Each dossier read counts once per month in the report; a new status (returned on time…) updates it. */
  const seenKeyOf = (dossier: Dossier | null) =>
    dossier?.code ? `${dossier.code}|${dossier.status}|${dossier.completedAt ?? ''}` : '';
  let shownKey = '';
  let recordedKey = '';
  let keptJson = '';
  let seenTimer: number | undefined;
  const noteSeen = () => {
    const { reading, manualEntry } = store.getState();
    const dossier = applyManualEntry(reading, manualEntry).dossier;
    // Kept for the session at once, with the officer's corrections (a registration day, say), so that a list page
    // opened next can print this dossier's letters in a batch.
    const json = dossier?.code ? JSON.stringify(dossier) : '';
    if (dossier?.code && json !== keptJson) {
      sendMessage('writeSessionRecord', { kind: 'dossier', key: dossier.code, value: dossier }).catch(() => {});
    }
    keptJson = json;
    const key = seenKeyOf(dossier);
    if (key === shownKey) return;
    shownKey = key;
    if (seenTimer !== undefined) clearTimeout(seenTimer);
    if (!dossier?.code || key === recordedKey) return;
    seenTimer = ctx.setTimeout(() => {
      // Still on screen? Read the page again rather than trust the last batch of mutations: a page cycling codes
      // faster than the page watcher reports shows another one by now.
      const still = applyManualEntry(read().reading, store.getState().manualEntry).dossier;
      if (shownKey !== key || seenKeyOf(still) !== key) return;
      recordedKey = key;
      sendMessage('changeRegister', { op: 'seen', dossier: seenDossierOf(dossier) }).catch(() => {});
    }, SEEN_DWELL_MS);
  };

  const actions: PageActions = {
    setCollapsed(collapsed: boolean) {
      store.getState().setCollapsed(collapsed);
      void sidebarCollapsed.setValue(collapsed).catch(() => {});
    },
    async saveManualEntry(entry: ManualEntry | null) {
      const key = store.getState().manualKey;
      if (!key) return false;
      const ok = await sendMessage('writeSessionRecord', { kind: 'manual', key, value: entry }).catch(() => false);
      // Saved, but the page may show another dossier by now: its records stay as they are.
      if (ok && records.isWanted(key)) {
        store.getState().setManualEntry(key, entry);
        publishDeadlines();
        noteSeen();
      }
      return ok;
    },
    async printLetters(job: PrintJob) {
      return sendMessage('openPrintPage', job).catch(() => false);
    },
    async openThankYou() {
      return sendMessage('openThankYouForm').catch(() => false);
    },
    openOptions(section?: OptionsSectionId) {
      sendMessage('openOptionsPage', section).catch(() => {});
    },
    async saveCourtesy(courtesy: CourtesyAct[]) {
      const key = store.getState().manualKey;
      if (!key) return false;
      const before = store.getState().courtesy;
      // The tick shows at once; the background keeps it (or it is taken back if that fails).
      store.getState().setCourtesy(courtesy);
      const ok = await sendMessage('writeSessionRecord', { kind: 'courtesy', key, value: courtesy }).catch(() => false);
      if (!ok) {
        if (store.getState().manualKey === key) store.getState().setCourtesy(before);
        return false;
      }
      // The monthly report counts ticks, not whose dossier they were for.
      for (const act of courtesy.filter((a) => !before.includes(a)))
        sendMessage('changeRegister', { op: 'courtesy', act, change: 1 }).catch(() => {});
      for (const act of before.filter((a) => !courtesy.includes(a)))
        sendMessage('changeRegister', { op: 'courtesy', act, change: -1 }).catch(() => {});
      return true;
    },
    dismissNotices() {
      store.getState().dismissNotices();
    },
    rereadPage: () => refresh(),
    saveTaughtLocator,
  };

  /** Each refresh's turn: the dossiers kept for a list's rows are set by the latest refresh only. */
  let refreshTurn = 0;
  const refresh = () => {
    const turn = ++refreshTurn;
    const { reading, rows } = read();
    if (rows.length === 0) clearRowMarks(document);
    const { now, settings } = store.getState();
    store.getState().setPage(reading, withDeadlines(rows, now, settings));
    // The sidebar (its first frame until the full UI arrives) and the dock come first; the rest follows.
    syncMounted();
    publishDeadlines();
    const key = reading.dossier?.code || (store.getState().openedByOfficer ? location.href : null);
    void records.want(key);
    noteSeen();
    if (rows.length > 0) {
      void sendMessage('readSessionRecords', { kind: 'dossier', keys: rows.map((r) => r.summary.code) })
        .catch(() => ({ values: {} }))
        .then(({ values }) => {
          if (turn === refreshTurn) store.getState().setKnownDossiers(values as Record<string, Dossier>);
        });
    }
    // Headers that became fixed, dialogs and toasts that appeared: fitted beside the sidebar.
    if (host.shown) refitSoon();
  };

  // The officer's settings with the office policy's sections over them; changes reach the page without a reload,
  // and the browser's current policy replaces the cached one the first frame used as soon as it is known.
  ctx.onInvalidated(
    watchEffectiveSettings((settings, problems) => {
      const taughtBefore = JSON.stringify(store.getState().settings.recipes);
      store.getState().setSettings(settings);
      store.getState().addNotices(problems);
      // A recipe taught, imported or deleted elsewhere changes how this page reads.
      if (JSON.stringify(settings.recipes) !== taughtBefore) refresh();
      else reevaluate();
    }),
  );
  ctx.setInterval(() => {
    store.getState().tick();
    reevaluate();
  }, TICK_MS);

  const openByOfficer = () => {
    store.getState().openByOfficer();
    void sidebarCollapsed.setValue(false).catch(() => {});
    refresh();
  };

  const focusByOfficer = () => {
    store.getState().requestFocus();
    void sidebarCollapsed.setValue(false).catch(() => {});
    refresh();
  };

  const presence = (): SidebarPresence =>
    !host.shown ? 'absent' : store.getState().collapsed ? 'collapsed' : 'expanded';

  const toggleByOfficer = () => {
    // An open sidebar folds away, a folded or absent one opens.
    if (host.shown && !store.getState().collapsed) actions.setCollapsed(true);
    else openByOfficer();
  };

  // From the background. The toolbar button, the shortcut and the presence question reach early-toolbar.ts, which
  // listens from the page's start and hands them to this sidebar.
  const listening = [
    // Another tab of the same dossier saved a correction or a tick: show it here too.
    onMessage('sessionRecordsChanged', ({ data }) => void records.reload(data.key)),
    // The options page tries a recipe on this page (through the background: only extension pages can ask).
    onMessage('tryRecipeOnPage', ({ data }) => answerRecipeTrial(data, document, location.href)),
  ];
  ctx.onInvalidated(() => {
    for (const stop of listening) stop();
  });

  // The page resized: a new sidebar width, and fixed elements measured again.
  let resizeTimer: number | undefined;
  ctx.addEventListener(
    window,
    'resize',
    () => {
      if (resizeTimer !== undefined) clearTimeout(resizeTimer);
      resizeTimer = ctx.setTimeout(() => {
        updateDock();
        refitSoon(true);
      }, 150);
    },
    { passive: true },
  );
  // Headers that turn fixed on scroll (a common portal pattern): looked for at most twice a second.
  let scrollTimer: number | undefined;
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      if (scrollTimer !== undefined) return;
      scrollTimer = ctx.setTimeout(() => {
        scrollTimer = undefined;
        if (host.shown) refitSoon();
      }, 500);
    },
    { passive: true },
  );
  // A page that removes our nodes from <html> (the host, the dock's or the row marks' style) gets them back.
  const ownNodes = new MutationObserver(() => {
    host.ensure();
    if (host.shown) dock.ensure();
    if (store.getState().list.length > 0) publishDeadlines();
  });
  ownNodes.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => ownNodes.disconnect());

  return {
    refresh,
    openByOfficer,
    focusByOfficer,
    toggleByOfficer,
    presence,
    isOwn: (node) =>
      host.isOwn(node) || dock.isOwn(node) || isRowMarkStyle(node) || (node as Element).localName === POINTER_TAG,
  };
}
