import type { LetterTemplate } from '../../utils/letters/types';
import { HEADING, OFFICE_FIELDS, SIGNATURE } from './common';

/**
 * The slip an office owes the applicant when a dossier is late: the reason and a new return date, signed by a
 * leader. The form's title and legal basis are data because the rules moved (Decree 61/2018 → 118/2025).
 */
export const APOLOGY: LetterTemplate = {
  kind: 'apology',
  name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  layout: 'letter',
  requires: [
    ...OFFICE_FIELDS,
    'office.communeName',
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
    HEADING,
    { type: 'title', text: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{applicant.honorific|capitalise}} {{applicant.name}}',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Bộ phận Một cửa {{office.communeName}} đã tiếp nhận hồ sơ của {{applicant.honorific}} với các thông tin sau:',
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
      text: 'Đến nay, hồ sơ chưa giải quyết xong theo đúng ngày đã hẹn. Lý do: {{reason}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} thành thật xin lỗi {{applicant.honorific}} vì sự chậm trễ này và xin hẹn trả kết quả vào {{newReturnDate}}. Chúng tôi sẽ cố gắng hoàn thành sớm hơn và báo ngay để {{applicant.honorific}} không phải chờ thêm.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Mọi điều cần trao đổi, xin {{applicant.honorific}} liên hệ Bộ phận Một cửa qua số điện thoại {{office.phone}}.',
      indent: true,
      when: 'office.phone',
    },
    { type: 'paragraph', text: 'Rất mong {{applicant.honorific}} thông cảm!', indent: true, style: 'italic' },
    SIGNATURE,
    { type: 'recipients', items: ['Như trên;', 'Lưu: Bộ phận Một cửa.'] },
    { type: 'paragraph', text: 'Phiếu lập theo {{legalBasis}}.', style: 'italic', size: 'small', align: 'left' },
  ],
};
