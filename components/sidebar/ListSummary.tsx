import { useMemo } from 'react';
import { type DeadlineLevel, describeLevel, isUrgent, LEVEL_ICONS, LEVEL_NAMES, vietnamToday } from '@/utils/deadline';
import type { DossierKind } from '@/utils/dossier/types';
import { byUrgency } from '@/utils/page/list-deadlines';
import { revealRow } from '@/utils/page/row-marks';
import { BatchLetters } from './BatchLetters';
import { CalendarNotice } from './CalendarNotice';
import { KIND_LABEL } from './labels';
import { useSidebar } from './store-context';
import { TaughtNotice } from './TaughtNotice';
import { TeachColumns } from './TeachStart';

const KINDS: DossierKind[] = ['birth', 'marriage', 'death', 'other'];
const LEVELS: DeadlineLevel[] = ['overdue', 'due-today', 'soon', 'ok', 'waiting', 'closed'];
/** Enough to act on; the rest are flagged in the table itself. */
const MAX_LISTED = 50;

export function ListSummary() {
  const list = useSidebar((s) => s.list);
  const today = useSidebar((s) => vietnamToday(s.now));
  const days = useMemo(() => [today, ...list.map((row) => row.summary.dueAt)], [today, list]);
  const { byKind, byLevel, urgent } = useMemo(() => {
    const byKind: Record<DossierKind, number> = { birth: 0, marriage: 0, death: 0, other: 0 };
    const byLevel: Record<DeadlineLevel, number> = {
      overdue: 0,
      'due-today': 0,
      soon: 0,
      ok: 0,
      waiting: 0,
      closed: 0,
    };
    for (const { summary, deadline } of list) {
      byKind[summary.kind] += 1;
      if (deadline) byLevel[deadline.level] += 1;
    }
    const urgent = list.filter((r) => isUrgent(r.deadline)).sort(byUrgency);
    return { byKind, byLevel, urgent };
  }, [list]);

  return (
    <section aria-labelledby="mctt-list-heading" data-testid="list-summary" data-count={list.length}>
      <h2 id="mctt-list-heading" className="mctt-section-title">
        Danh sách hồ sơ
      </h2>
      <p>
        Đã đọc <strong data-testid="list-count">{list.length}</strong> hồ sơ trên trang này.
      </p>
      <CalendarNotice days={days} />
      <ul className="mctt-counts" data-testid="level-counts">
        {LEVELS.map((level) => (
          <li key={level} data-level={level} data-count={byLevel[level]}>
            <span aria-hidden="true">{LEVEL_ICONS[level]}</span> {LEVEL_NAMES[level]}: <strong>{byLevel[level]}</strong>
          </li>
        ))}
      </ul>
      <ul className="mctt-counts">
        {KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            {KIND_LABEL[kind]}: <strong>{byKind[kind]}</strong>
          </li>
        ))}
      </ul>
      {urgent.length > 0 && (
        <>
          <h3 className="mctt-section-title">Cần xử lý gấp</h3>
          <ol className="mctt-urgent" data-testid="urgent-rows">
            {urgent.slice(0, MAX_LISTED).map(({ row, summary, deadline }) => (
              <li key={summary.code}>
                <button
                  type="button"
                  data-level={deadline?.level}
                  data-code={summary.code}
                  onClick={() => revealRow(row)}
                >
                  <span>
                    <span aria-hidden="true">{deadline && LEVEL_ICONS[deadline.level]}</span> {summary.code}
                  </span>
                  <small>
                    {deadline && describeLevel(deadline)} · {summary.applicantName}
                  </small>
                </button>
              </li>
            ))}
          </ol>
          {urgent.length > MAX_LISTED && <p>và {urgent.length - MAX_LISTED} hồ sơ khác được đánh dấu trong bảng.</p>}
        </>
      )}
      <TaughtNotice columns />
      <TeachColumns />
      <BatchLetters />
    </section>
  );
}
