import type { TemplateBlock } from '../../utils/letters/types';

/** Fields every administrative letter prints in its header and signature. */
export const OFFICE_FIELDS = [
  'office.issuingBody',
  'office.placeName',
  'office.signingAuthority',
  'office.leaderTitle',
  'office.leaderName',
];

/** Issuing body on two lines, national title and motto, place and date (Decree 30). */
export const HEADING: TemplateBlock = {
  type: 'heading',
  issuingBody: '{{office.issuingBody}}',
  placeDate: '{{letter.placeDate}}',
};

/** An outgoing document also carries its number under the issuing body (Decree 30 art. 8). */
export const NUMBERED_HEADING: TemplateBlock = { ...HEADING, number: 'Số: {{letter.number}}' };

/** "TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH" when a deputy signs, the title and the name. */
export const SIGNATURE: TemplateBlock = {
  type: 'signature',
  authority: '{{office.signingAuthority}}',
  deputy: '{{office.signingDeputy}}',
  title: '{{office.leaderTitle}}',
  name: '{{office.leaderName}}',
};

/** "Nơi nhận": the addressee, and the copy the office files. */
export const RECIPIENTS: TemplateBlock = { type: 'recipients', items: ['Như trên;', 'Lưu: VT.'] };

/** The end of a letter to a family: its last words in italics, the signature and "Nơi nhận". */
export const closing = (words: string): TemplateBlock[] => [
  { type: 'paragraph', text: words, indent: true, style: 'italic' },
  SIGNATURE,
  RECIPIENTS,
];

/** Enclosures start on a page of their own, not numbered as pages of the letter. */
export const ENCLOSURE: TemplateBlock = { type: 'page-break', attachment: true };

/** Offered when the profile has a phone number; a letter reads well without it. */
export const OFFICE_PHONE: TemplateBlock = {
  type: 'paragraph',
  text: 'Mọi điều cần hỗ trợ, xin gia đình liên hệ {{office.oneStopUnit}} qua số điện thoại {{office.phone}}.',
  indent: true,
  when: 'office.phone',
};
