import { useId, useState } from 'react';
import { SUPPLEMENT_DOCUMENTS } from '@/templates/supplement-documents';
import { type NoticeKind, noticeFor, noticeLinks } from '@/utils/citizen-notices/notices';
import type { Dossier } from '@/utils/dossier/types';
import { oneStopUnitOf } from '@/utils/letters/letter-values';
import type { Stage } from '@/utils/scripts/types';
import { officeProfileOf } from '@/utils/settings/schema';
import { useSidebar } from './store-context';
import { useCopy } from './use-copy';

const KINDS: Array<[NoticeKind, string]> = [
  ['received', 'Đã tiếp nhận'],
  ['supplement', 'Cần bổ sung'],
  ['delayed', 'Trễ hẹn, hẹn lại'],
  ['result-ready', 'Đã có kết quả'],
];

const DEFAULT_FOR_STAGE: Record<Stage, NoticeKind> = {
  receiving: 'received',
  supplement: 'supplement',
  processing: 'received',
  overdue: 'delayed',
  returning: 'result-ready',
};

/** Without an office profile the desk still signs, by its generic name. */
const UNNAMED_OFFICE = 'Bộ phận Một cửa';

/**
 * Text to tell the citizen by Zalo, SMS or e-mail, signed with the office's name; the officer sends it from their
 * own app. A request for more documents lists the documents ticked; a delay gives its reason.
 */
export function NoticePanel({
  dossier,
  stage,
  newReturnDate,
  reason,
}: {
  dossier: Dossier;
  stage: Stage;
  newReturnDate: string;
  /** The reason on the apology slip already entered, if any. */
  reason?: string;
}) {
  const id = useId();
  const settings = useSidebar((s) => s.settings);
  const typedReason = useSidebar((s) => s.apologyReasons[dossier.code]);
  const [kind, setKind] = useState<NoticeKind>(DEFAULT_FOR_STAGE[stage]);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [other, setOther] = useState('');
  const { copied, copy } = useCopy();
  const office = oneStopUnitOf(officeProfileOf(settings.office)) ?? UNNAMED_OFFICE;
  const documents = [...ticked, other];
  const notice = noticeFor(kind, {
    dossier,
    office,
    newReturnDate,
    reason: reason ?? typedReason,
    documents,
    address: settings.letters.addressStyle,
  });
  const links = noticeLinks(notice, dossier.applicant);
  const tick = (document: string, on: boolean) =>
    setTicked(on ? [...ticked, document] : ticked.filter((d) => d !== document));
  return (
    <details className="mctt-notice-panel" data-testid="citizen-notice">
      <summary>Báo tin cho công dân (Zalo, SMS, e-mail)</summary>
      <label htmlFor={`${id}-kind`}>Nội dung</label>{' '}
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NoticeKind)}>
        {KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {kind === 'supplement' && (
        <fieldset className="mctt-acts" data-testid="supplement-documents">
          <legend>Giấy tờ cần bổ sung</legend>
          {SUPPLEMENT_DOCUMENTS[dossier.kind].map((document) => (
            <label key={document}>
              <input
                type="checkbox"
                checked={ticked.includes(document)}
                onChange={(e) => tick(document, e.target.checked)}
              />{' '}
              {document}
            </label>
          ))}
          <label htmlFor={`${id}-other`}>Giấy tờ khác</label>
          <input id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)} />
        </fieldset>
      )}
      {kind === 'delayed' && !reason && !typedReason && (
        <p className="mctt-hint">Ghi lý do trễ hẹn ở phần phiếu xin lỗi để tin nhắn nói rõ lý do.</p>
      )}
      <blockquote data-testid="notice-text">{notice.text}</blockquote>
      <div className="mctt-actions">
        <button type="button" onClick={() => copy('text', notice.text)}>
          {copied === 'text' ? 'Đã chép' : 'Chép cho Zalo / e-mail'}
        </button>
        <button type="button" onClick={() => copy('sms', notice.sms)}>
          {copied === 'sms' ? 'Đã chép' : 'Chép tin SMS (không dấu)'}
        </button>
        {links.mailto && <a href={links.mailto}>Soạn e-mail</a>}
        {links.sms && <a href={links.sms}>Soạn SMS</a>}
      </div>
    </details>
  );
}
