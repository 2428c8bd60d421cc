import { useId, useMemo, useState } from 'react';
import { LETTER_LABEL } from '@/components/common/letter-labels';
import { proposeNewReturnDate } from '@/utils/deadline';
import { BATCH_LIMIT, batchCandidates } from '@/utils/print/batch';
import { calendarFor } from '@/utils/settings/deadline-settings';
import { useSidebar } from './store-context';
import { usePrintLetters } from './use-print-letters';

const keyOf = (c: { code: string; kind: string }) => `${c.code}|${c.kind}`;

/** Letters for the dossiers of a list page, chosen with check boxes and printed as one PDF. */
function BatchChooser() {
  const id = useId();
  const list = useSidebar((s) => s.list);
  const known = useSidebar((s) => s.knownDossiers);
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const { status, print } = usePrintLetters();
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const candidates = useMemo(() => {
    const newReturnDate = proposeNewReturnDate(
      now,
      settings.deadline.apologyExtraWorkingDays,
      calendarFor(settings.deadline),
    );
    return batchCandidates(
      list.map((row) => row.summary),
      known,
      now,
      settings,
      { reason, newReturnDate },
    );
  }, [list, known, now, settings, reason]);
  const printable = candidates.filter((c) => c.missing.length === 0);
  const blocked = candidates.filter((c) => c.missing.length > 0);
  const selected = printable.filter((c) => chosen.has(keyOf(c)));
  const hasApology = candidates.some((c) => c.kind === 'apology');

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  if (candidates.length === 0) return <p>Không có hồ sơ nào trong danh sách cần thư hôm nay.</p>;
  return (
    <>
      {hasApology && (
        <>
          <label className="mctt-label" htmlFor={`${id}-reason`}>
            Lý do trễ hẹn (in trên các phiếu xin lỗi)
          </label>
          <textarea
            id={`${id}-reason`}
            data-testid="batch-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
      {printable.length > 0 && (
        <label className="mctt-check">
          <input
            type="checkbox"
            data-testid="batch-all"
            checked={selected.length === printable.length}
            onChange={(e) => setChosen(e.target.checked ? new Set(printable.map(keyOf)) : new Set())}
          />{' '}
          Chọn tất cả ({printable.length} thư in được)
        </label>
      )}
      <ul className="mctt-batch">
        {printable.map((c) => (
          <li key={keyOf(c)}>
            <label className="mctt-check">
              <input
                type="checkbox"
                data-code={c.code}
                data-kind={c.kind}
                checked={chosen.has(keyOf(c))}
                onChange={(e) => toggle(keyOf(c), e.target.checked)}
              />{' '}
              {LETTER_LABEL[c.kind]} — {c.applicantName} <small>({c.code})</small>
            </label>
          </li>
        ))}
      </ul>
      {blocked.length > 0 && (
        <details className="mctt-notice" data-testid="batch-blocked">
          <summary>{blocked.length} thư chưa đủ thông tin</summary>
          <ul>
            {blocked.map((c) => (
              <li key={keyOf(c)} data-code={c.code} data-kind={c.kind}>
                {LETTER_LABEL[c.kind]} — {c.code}: thiếu {c.missing.map((m) => m.label).join('; ')}
                {!c.readWhole && c.kind !== 'apology' && '. Mở hồ sơ này để trợ lý đọc đủ thông tin.'}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button
        type="button"
        className="mctt-primary"
        data-testid="batch-print"
        disabled={selected.length === 0 || selected.length > BATCH_LIMIT}
        onClick={(event) => void print({ letters: selected.map((c) => c.order), byPerson: event.isTrusted })}
      >
        In {selected.length} thư đã chọn thành một tệp PDF
      </button>
      {selected.length > BATCH_LIMIT && <p>Mỗi lần in tối đa {BATCH_LIMIT} thư; anh/chị bỏ bớt lựa chọn.</p>}
      <p role="status" className="mctt-status">
        {status}
      </p>
    </>
  );
}

export function BatchLetters() {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mctt-batch-letters"
      data-testid="batch-letters"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary className="mctt-section-title">In thư cho nhiều hồ sơ</summary>
      {/* Checked only when opened: a long list costs nothing until the officer asks. */}
      {open && <BatchChooser />}
    </details>
  );
}
