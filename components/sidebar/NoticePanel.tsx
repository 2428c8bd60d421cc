import { useId, useState } from 'react';
import type { Dossier } from '@/utils/dossier/types';
import { type NoticeKind, noticeFor, noticeLinks } from '@/utils/messages/notices';
import type { Stage } from '@/utils/scripts/types';

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

// Until the office profile is a setting, notices are signed by the desk itself.
const OFFICE = 'Bộ phận một cửa';

/** Text to tell the citizen by Zalo, SMS or e-mail; the officer sends it from their own app. */
export function NoticePanel({
  dossier,
  stage,
  newReturnDate,
}: {
  dossier: Dossier;
  stage: Stage;
  newReturnDate: string;
}) {
  const id = useId();
  const [kind, setKind] = useState<NoticeKind>(DEFAULT_FOR_STAGE[stage]);
  const [copied, setCopied] = useState('');
  const notice = noticeFor(kind, { dossier, office: OFFICE, newReturnDate });
  const links = noticeLinks(notice, dossier.applicant);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied('');
    }
  };
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
