import type { LetterTemplate } from '../../utils/letters/types';
import { closing, HEADING, OFFICE_FIELDS, OFFICE_PHONE } from './common';

/** Sent when a birth is registered on time: a welcome for the child and thanks to the family for registering. */
export const BIRTH_CONGRATULATION: LetterTemplate = {
  kind: 'birth-congratulation',
  name: 'Thư chúc mừng khai sinh',
  layout: 'letter',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'applicant.name', 'child.name', 'child.birthDate'],
  blocks: [
    HEADING,
    { type: 'title', text: 'THƯ CHÚC MỪNG', subtitle: 'Chào đón thành viên nhỏ của {{office.communeName}}' },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{applicant.honorific|capitalise}} {{applicant.name}} và gia đình',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} vui mừng được biết gia đình vừa đón thêm thành viên mới: cháu {{child.name}}, sinh {{child.birthDate}}. Cảm ơn gia đình đã đăng ký khai sinh cho cháu đúng thời hạn; giấy khai sinh sẽ theo cháu trong suốt cuộc đời.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và Nhân dân {{office.communeName}}, chúng tôi xin gửi tới gia đình lời chúc mừng nồng ấm nhất. Chúc cháu {{child.name}} luôn khỏe mạnh, hay ăn chóng lớn, lớn lên trong vòng tay yêu thương của gia đình; chúc gia đình luôn mạnh khỏe, đầm ấm và hạnh phúc.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Khi cần làm các thủ tục tiếp theo cho cháu, xin gia đình cứ đến {{office.oneStopUnit}}; chúng tôi luôn sẵn lòng hướng dẫn, hỗ trợ.',
      indent: true,
    },
    OFFICE_PHONE,
    ...closing('Trân trọng chúc mừng!'),
  ],
};
