import { stripDiacritics } from '../dossier/text';
import type { Dossier } from '../dossier/types';
import { displayDate } from '../format/display-date';
import { honorific } from '../scripts/honorific';

/** The moments at which a citizen is told about a dossier. */
export type NoticeKind = 'received' | 'supplement' | 'delayed' | 'result-ready';

export interface NoticeContext {
  dossier: Dossier;
  /** The commune's name as citizens know it, e.g. "UBND xã Tân Phú". */
  office: string;
  /** For a delay: the new return date (YYYY-MM-DD). */
  newReturnDate?: string;
}

export interface Notice {
  kind: NoticeKind;
  /** Zalo and e-mail body: full Vietnamese. */
  text: string;
  /** SMS: without diacritics and within one 160-character segment where the facts allow. */
  sms: string;
  subject: string;
}

function body(kind: NoticeKind, { dossier, office, newReturnDate }: NoticeContext, short: boolean): string {
  const who = `${honorific(dossier.applicant.gender)} ${dossier.applicant.name}`.trim();
  const code = dossier.code;
  switch (kind) {
    case 'received':
      return `${office} kính báo ${who}: hồ sơ ${code}${short ? '' : ` (${dossier.procedureName})`} đã được tiếp nhận, hẹn trả kết quả ngày ${displayDate(dossier.dueAt)}.`;
    case 'supplement':
      return `${office} kính báo ${who}: hồ sơ ${code} cần bổ sung giấy tờ. Xin ${honorific(dossier.applicant.gender)} vui lòng liên hệ bộ phận một cửa để được hướng dẫn.`;
    case 'delayed':
      return `${office} xin lỗi ${who}: hồ sơ ${code} chưa có kết quả đúng hẹn, xin hẹn lại ngày ${displayDate(newReturnDate)}.`;
    case 'result-ready':
      return `${office} kính báo ${who}: hồ sơ ${code} đã có kết quả. Mời ${honorific(dossier.applicant.gender)} đến bộ phận một cửa nhận kết quả.`;
  }
}

const SUBJECTS: Record<NoticeKind, string> = {
  received: 'Đã tiếp nhận hồ sơ',
  supplement: 'Đề nghị bổ sung hồ sơ',
  delayed: 'Xin lỗi và hẹn lại ngày trả kết quả',
  'result-ready': 'Hồ sơ đã có kết quả',
};

/** The texts to send a citizen; the extension only prepares them, the officer sends them. */
export function noticeFor(kind: NoticeKind, context: NoticeContext): Notice {
  const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
  const text = clean(body(kind, context, false));
  return {
    kind,
    text,
    // Unicode SMS segments hold 70 characters: plain letters keep a notice in one 160-character message.
    sms: stripDiacritics(clean(body(kind, context, true))).replace(/[^\x20-\x7e]/g, ''),
    subject: `${SUBJECTS[kind]}: ${context.dossier.code}`,
  };
}

/** mailto: and sms: links that open the officer's own mail or phone app with the text filled in. */
export function noticeLinks(notice: Notice, contact: { email?: string; phone?: string }) {
  const phone = contact.phone?.replace(/[^\d+]/g, '');
  return {
    mailto: contact.email
      ? `mailto:${encodeURIComponent(contact.email)}?subject=${encodeURIComponent(notice.subject)}&body=${encodeURIComponent(notice.text)}`
      : undefined,
    sms: phone ? `sms:${phone}?body=${encodeURIComponent(notice.sms)}` : undefined,
  };
}
