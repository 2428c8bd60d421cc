import type { LetterTemplate } from '../../utils/letters/types';
import { NUMBERED_HEADING, OFFICE_FIELDS, RECIPIENTS } from './common';

/**
 * The slip an office owes the applicant when a dossier will be late, at the latest 1 day before the due date: the
 * reason and a new return date (set once), signed by the head of the body. An outgoing document, so it carries its
 * number. The form's title and legal basis are data because the rules moved (Decree 61/2018 → 118/2025).
 */
export const APOLOGY: LetterTemplate = {
  kind: 'apology',
  name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  layout: 'letter',
  requires: [
    ...OFFICE_FIELDS,
    'office.communeName',
    'office.headName',
    'letter.number',
    'applicant.name',
    'dossier.code',
    'dossier.procedureName',
    'dossier.receivedAt',
    'dossier.dueAt',
    'reason',
    'newReturnDate',
  ],
  defaults: {
    legalBasis:
      'Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
  },
  blocks: [
    NUMBERED_HEADING,
    { type: 'title', text: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{applicant.honorific|capitalise}} {{applicant.name}}',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: '{{office.oneStopUnit}} đã tiếp nhận hồ sơ của {{applicant.honorific}} với các thông tin sau:',
      indent: true,
    },
    {
      type: 'list',
      items: [
        'Mã hồ sơ: {{dossier.code}}',
        'Thủ tục: {{dossier.procedureName}}',
        'Ngày tiếp nhận: {{dossier.receivedAt}}',
        'Ngày hẹn trả kết quả: {{dossier.dueAt}}',
      ],
    },
    {
      type: 'paragraph',
      text: 'Hồ sơ chưa được giải quyết xong và không thể trả kết quả đúng ngày đã hẹn. Lý do: {{reason}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} thành thật xin lỗi {{applicant.honorific}} vì sự chậm trễ này. Xin hẹn trả kết quả cho {{applicant.honorific}} vào {{newReturnDate}}. Nếu có kết quả sớm hơn, chúng tôi sẽ báo để {{applicant.honorific}} đến nhận.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Mọi điều cần trao đổi, xin {{applicant.honorific}} liên hệ {{office.oneStopUnit}} qua số điện thoại {{office.phone}}.',
      indent: true,
      when: 'office.phone',
    },
    { type: 'paragraph', text: 'Rất mong {{applicant.honorific}} thông cảm!', indent: true, style: 'italic' },
    // Signed by the head of the body at fault, not by a deputy.
    {
      type: 'signature',
      authority: '{{office.signingAuthority}}',
      title: '{{office.headTitle}}',
      name: '{{office.headName}}',
    },
    RECIPIENTS,
    { type: 'paragraph', text: 'Phiếu lập theo {{legalBasis}}.', style: 'italic', size: 'small', align: 'left' },
  ],
};
