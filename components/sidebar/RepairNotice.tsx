import { useSidebar, useSidebarActions } from './store-context';

/** Stored data that had to be put right (broken settings, session records, sidebar state), said once, plainly. */
export function RepairNotice() {
  const notices = useSidebar((s) => s.notices);
  const { dismissNotices } = useSidebarActions();
  if (notices.length === 0) return null;
  return (
    <div className="mctt-notice" role="status" data-testid="repair-notice">
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      <button type="button" onClick={dismissNotices}>
        Đã hiểu
      </button>
    </div>
  );
}
