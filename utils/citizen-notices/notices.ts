import { stripDiacritics } from '../dossier/text';
import type { Dossier } from '../dossier/types';
import { displayDay } from '../format/display-date';
import { oneLine } from '../letters/fill';
import { personName } from '../letters/people';
import type { AddressStyle } from '../letters/types';
import { honorific } from '../scripts/honorific';

/** The moments at which a citizen is told about a dossier. */
export type NoticeKind = 'received' | 'supplement' | 'delayed' | 'result-ready';

export interface NoticeContext {
  dossier: Dossier;
  /** Who signs: the one-stop unit as citizens know it, e.g. "Bộ phận Một cửa xã Tân Phú". */
  office: string;
  /** For a delay: the new return date (YYYY-MM-DD). */
  newReturnDate?: string;
  /** For a delay: why the dossier is late, as on the apology slip. */
  reason?: string;
  /** For a request for more documents: the documents the officer ticked. */
  documents?: readonly string[];
  /** ông/bà or anh/chị, as the commune chose. */
  address?: AddressStyle;
}

export interface Notice {
  kind: NoticeKind;
  /** Zalo and e-mail body: full Vietnamese, signed with the office's name. */
  text: string;
  /** SMS: without diacritics and within one 160-character segment where the facts allow. */
  sms: string;
  subject: string;
}

/** A phrase set inside a sentence: one line, no full stop of its own. */
const phrase = (text: string | undefined) => (text ? oneLine(text).replace(/[\s.;,!]+$/, '') : '');

function body(kind: NoticeKind, context: NoticeContext, short: boolean): string {
  const { dossier, newReturnDate, address } = context;
  const you = honorific(dossier.applicant, address);
  const name = personName(dossier.applicant.name);
  const who = name ? `${you} ${name}` : you;
  const code = dossier.code;
  // A date that is not known is left out with its words, never printed as "ngày ."
  const due = displayDay(dossier.dueAt);
  const newDate = displayDay(newReturnDate);
  switch (kind) {
    case 'received':
      return `Hồ sơ ${code}${short ? '' : ` (${dossier.procedureName})`} của ${who} đã được tiếp nhận${due ? `, hẹn trả kết quả ngày ${due}` : ''}.`;
    case 'supplement': {
      const documents = (context.documents ?? []).map(phrase).filter(Boolean);
      return documents.length > 0
        ? `Xin lỗi đã làm phiền ${who}: hồ sơ ${code} cần bổ sung ${documents.join('; ')}. Xin ${you} bổ sung một lần để hồ sơ được giải quyết tiếp.`
        : `Xin lỗi đã làm phiền ${who}: hồ sơ ${code} cần bổ sung giấy tờ. Xin ${you} liên hệ để được hướng dẫn${short ? '' : ' cụ thể'}.`;
    }
    case 'delayed': {
      const reason = phrase(context.reason);
      // The SMS says it in fewer words, to stay in one message.
      const late = short ? 'chưa xong đúng hẹn' : 'chưa được giải quyết xong đúng hẹn';
      const again = short ? 'Xin hẹn trả kết quả ngày' : `Xin hẹn trả kết quả cho ${you} vào ngày`;
      return `Xin lỗi ${who}: hồ sơ ${code} ${late}${reason ? ` vì ${reason}` : ''}.${newDate ? ` ${again} ${newDate}.` : ''}`;
    }
    case 'result-ready':
      return `Hồ sơ ${code} của ${who} đã có kết quả. Mời ${you} đến nhận kết quả.`;
  }
}

const SUBJECTS: Record<NoticeKind, string> = {
  received: 'Đã tiếp nhận hồ sơ',
  supplement: 'Đề nghị bổ sung hồ sơ',
  delayed: 'Xin lỗi và hẹn lại ngày trả kết quả',
  'result-ready': 'Hồ sơ đã có kết quả',
};

/** The texts to send a citizen, signed with the office's name; the extension only prepares them. */
export function noticeFor(kind: NoticeKind, context: NoticeContext): Notice {
  const clean = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[ \t]+/g, ' ')
      .trim();
  const office = phrase(context.office);
  const text = clean(`${body(kind, context, false)}\n${office}`);
  return {
    kind,
    text,
    // Unicode SMS segments hold 70 characters: plain letters keep a notice in one 160-character message.
    sms: stripDiacritics(clean(`${body(kind, context, true)} ${office}`)).replace(/[^\x20-\x7e]/g, ''),
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
