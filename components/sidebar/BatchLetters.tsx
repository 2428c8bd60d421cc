import { useMemo, useState } from 'react';
import { LETTER_LABEL } from '@/components/common/letter-labels';
import { BATCH_LIMIT, type BatchCandidate, batchCandidates } from '@/utils/print/batch';
import { useSidebar } from './store-context';
import { useIssuedApologies } from './use-issued-apologies';
import { usePrintLetters } from './use-print-letters';

const keyOf = (c: { code: string; kind: string }) => `${c.code}|${c.kind}`;

/** Each late dossier has its own reason, typed beside its slip. */
function ApologyReason({ candidate }: { candidate: BatchCandidate }) {
  const reason = useSidebar((s) => s.apologyReasons[candidate.code] ?? '');
  const setReason = useSidebar((s) => s.setApologyReason);
  return (
    <textarea
      aria-label={`Lý do trễ hẹn của hồ sơ ${candidate.code}`}
      data-testid="batch-reason"
      data-code={candidate.code}
      rows={2}
      value={reason}
      onChange={(e) => setReason(candidate.code, e.target.value)}
    />
  );
}

/** Letters for the dossiers of a list page, chosen with check boxes and printed as one PDF. */
function BatchChooser() {
  const list = useSidebar((s) => s.list);
  const known = useSidebar((s) => s.knownDossiers);
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const reasons = useSidebar((s) => s.apologyReasons);
  const codes = useMemo(() => list.map((row) => row.summary.code), [list]);
  const issued = useIssuedApologies(codes);
  const { status, print } = usePrintLetters();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const candidates = useMemo(
    () =>
      batchCandidates(
        list.map((row) => row.summary),
        known,
        now,
        settings,
        { reasons, issued },
      ),
    [list, known, now, settings, reasons, issued],
  );
  const printable = candidates.filter((c) => c.missing.length === 0);
  // A slip waiting only for its reason is listed with its reason field rather than as blocked.
  const waitingForReason = (c: BatchCandidate) => c.kind === 'apology' && c.missing.every((m) => m.field === 'reason');
  const slips = candidates.filter((c) => c.kind === 'apology' && (c.missing.length === 0 || waitingForReason(c)));
  const others = printable.filter((c) => c.kind !== 'apology');
  const blocked = candidates.filter((c) => c.missing.length > 0 && !waitingForReason(c));
  const selected = printable.filter((c) => chosen.has(keyOf(c)));

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };
  const row = (c: BatchCandidate) => (
    <li key={keyOf(c)}>
      <label className="mctt-check">
        <input
          type="checkbox"
          data-code={c.code}
          data-kind={c.kind}
          disabled={c.missing.length > 0}
          checked={chosen.has(keyOf(c)) && c.missing.length === 0}
          onChange={(e) => toggle(keyOf(c), e.target.checked)}
        />{' '}
        {LETTER_LABEL[c.kind]} — {c.applicantName} <small>({c.code})</small>
      </label>
      {c.kind === 'apology' && <ApologyReason candidate={c} />}
    </li>
  );

  if (candidates.length === 0) return <p>Không có hồ sơ nào trong danh sách cần thư hôm nay.</p>;
  return (
    <>
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
      <ul className="mctt-batch">{others.map(row)}</ul>
      {slips.length > 0 && (
        <>
          <p className="mctt-label">Phiếu xin lỗi: mỗi hồ sơ một lý do, mỗi phiếu một số</p>
          <ul className="mctt-batch">{slips.map(row)}</ul>
        </>
      )}
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
        onClick={() => void print({ letters: selected.map((c) => c.order) })}
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
