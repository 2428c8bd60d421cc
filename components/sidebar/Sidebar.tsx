import { DossierPanel } from './DossierPanel';
import { ListSummary } from './ListSummary';
import { ManualEntryForm } from './ManualEntryForm';
import { NoDossier } from './NoDossier';
import { useSidebar, useSidebarActions } from './store-context';
import { TeachPanel } from './TeachPanel';
import { useEffectiveReading } from './use-effective-reading';

export function Sidebar() {
  const actions = useSidebarActions();
  const collapsed = useSidebar((s) => s.collapsed);
  const pageKind = useSidebar((s) => s.pageKind);
  const reading = useEffectiveReading();

  if (collapsed) {
    return (
      <aside data-testid="sidebar" data-state="collapsed" className="mctt-tab" aria-label="Một Cửa Thân Thiện">
        <button type="button" className="mctt-tab-button" onClick={() => actions.setCollapsed(false)}>
          <span aria-hidden="true">☺</span> Mở trợ lý
        </button>
      </aside>
    );
  }

  return (
    <aside data-testid="sidebar" data-state="expanded" className="mctt-sidebar" aria-label="Một Cửa Thân Thiện">
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
        <TeachPanel />
        {reading.dossier ? (
          <DossierPanel reading={reading} onCourtesy={actions.saveCourtesy} />
        ) : pageKind === 'list' ? (
          <ListSummary />
        ) : (
          <NoDossier />
        )}
        {pageKind !== 'list' && <ManualEntryForm onSave={actions.saveManualEntry} />}
      </div>
    </aside>
  );
}
