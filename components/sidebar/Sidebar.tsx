import { useEffect, useMemo, useRef } from 'react';
import { glanceOf } from '@/utils/page/sidebar-glance';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { DossierPanel } from './DossierPanel';
import { ListSummary } from './ListSummary';
import { ManualEntryForm } from './ManualEntryForm';
import { NoDossier } from './NoDossier';
import { RepairNotice } from './RepairNotice';
import { useSidebar, useSidebarActions } from './store-context';
import { TeachPanel } from './TeachPanel';
import { useEffectiveReading } from './use-effective-reading';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary, [tabindex="0"]';

/** The folded sidebar: a slim strip that still says how urgent the dossier (or the list) is, in a symbol and words. */
function CollapsedTab() {
  const actions = useSidebarActions();
  const reading = useSidebar((s) => s.reading);
  const manualEntry = useSidebar((s) => s.manualEntry);
  const list = useSidebar((s) => s.list);
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const pageKind = useSidebar((s) => s.pageKind);
  const glance = useMemo(
    () => glanceOf({ reading, manualEntry, list, now, settings, pageKind }),
    [reading, manualEntry, list, now, settings, pageKind],
  );
  return (
    <aside
      data-testid="sidebar"
      data-state="collapsed"
      data-level={glance.level ?? 'none'}
      data-mctt-panel="ready"
      className="mctt-tab"
      aria-label="Một Cửa Thân Thiện"
    >
      <button
        type="button"
        className="mctt-tab-button"
        aria-expanded="false"
        title={glance.detail ? `${glance.detail}. Mở trợ lý` : 'Mở trợ lý'}
        onClick={() => actions.setCollapsed(false)}
      >
        {glance.level && (
          <>
            <span className="mctt-tab-icon" aria-hidden="true">
              {glance.icon}
            </span>
            <span className="mctt-tab-word" data-testid="tab-level">
              {glance.word}
            </span>
          </>
        )}
        <span className="mctt-tab-open">Mở trợ lý</span>
      </button>
    </aside>
  );
}

export function Sidebar() {
  const actions = useSidebarActions();
  const collapsed = useSidebar((s) => s.collapsed);
  const pageKind = useSidebar((s) => s.pageKind);
  const manualKey = useSidebar((s) => s.manualKey);
  const reading = useEffectiveReading();
  const focusRequest = useSidebar((s) => s.focusRequest);
  const panel = useRef<HTMLElement>(null);
  const handled = useRef(0);

  useEffect(() => {
    // The keyboard shortcut asked for the focus: its first control, once the sidebar is unfolded.
    if (collapsed || focusRequest === handled.current) return;
    handled.current = focusRequest;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [focusRequest, collapsed]);

  if (collapsed) return <CollapsedTab />;

  return (
    <aside
      ref={panel}
      data-testid="sidebar"
      data-state="expanded"
      data-mctt-panel="ready"
      className="mctt-sidebar"
      aria-label="Một Cửa Thân Thiện"
    >
      <header className="mctt-header">
        <h1 className="mctt-title">Một Cửa Thân Thiện</h1>
        <button
          type="button"
          className="mctt-icon-button"
          aria-expanded="true"
          title="Thu gọn"
          onClick={() => actions.setCollapsed(true)}
        >
          Thu gọn ›
        </button>
      </header>
      <div className="mctt-body">
        <RepairNotice />
        <ErrorBoundary
          label="Dạy trợ lý đọc cổng"
          section="teach"
          actions={[{ label: 'Thôi dạy', run: () => actions.cancelTeaching() }]}
        >
          <TeachPanel />
        </ErrorBoundary>
        {/* Keyed by dossier: trying again, or another dossier, starts the section afresh. */}
        <ErrorBoundary key={`main-${manualKey ?? ''}`} label="Hồ sơ trên trang" section="page">
          {reading.dossier ? (
            <DossierPanel reading={reading} onCourtesy={actions.saveCourtesy} />
          ) : pageKind === 'list' ? (
            <ListSummary />
          ) : (
            <NoDossier />
          )}
        </ErrorBoundary>
        {pageKind !== 'list' && (
          <ErrorBoundary
            key={`manual-${manualKey ?? ''}`}
            label="Sửa hoặc nhập thông tin bằng tay"
            section="manual-entry"
            actions={[{ label: 'Xóa phần nhập tay', run: () => actions.saveManualEntry(null) }]}
          >
            <ManualEntryForm onSave={actions.saveManualEntry} />
          </ErrorBoundary>
        )}
      </div>
    </aside>
  );
}
