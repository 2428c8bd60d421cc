import type { LetterTemplate } from '../../utils/letters/types';
import { HEADING, OFFICE_FIELDS, SIGNATURE } from './common';

/**
 * Handed over with the marriage certificate at a short ceremony led by the commune leader, with a small gift and,
 * on a second page, the happy-family criteria in our own short words.
 */
export const MARRIAGE_CONGRATULATION: LetterTemplate = {
  kind: 'marriage-congratulation',
  name: 'Thư chúc mừng kết hôn',
  layout: 'letter',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'couple', 'registration.date'],
  blocks: [
    HEADING,
    { type: 'title', text: 'THƯ CHÚC MỪNG', subtitle: 'Nhân dịp đăng ký kết hôn' },
    { type: 'paragraph', text: 'Kính gửi: {{couple.family|capitalise}}', align: 'center', style: 'bold' },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} vui mừng được chứng kiến {{couple}} chính thức trở thành vợ chồng khi đăng ký kết hôn {{registration.date}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Giấy chứng nhận kết hôn được lãnh đạo Ủy ban nhân dân trao tận tay cô dâu, chú rể trong buổi lễ nhỏ tại trụ sở, có người thân và bạn bè cùng chứng kiến. Kèm theo thư này là một món quà nhỏ và mấy điều về gia đình hạnh phúc mà chúng tôi mong gia đình mới cùng giữ gìn.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và nhân dân {{office.communeName}}, chúng tôi xin gửi lời chúc mừng tốt đẹp nhất. Chúc hai vợ chồng trăm năm hạnh phúc, luôn yêu thương, tôn trọng và sẻ chia với nhau, cùng vun đắp một gia đình no ấm, tiến bộ, hạnh phúc, văn minh.',
      indent: true,
    },
    { type: 'paragraph', text: 'Trân trọng chúc mừng!', indent: true, style: 'italic' },
    SIGNATURE,
    { type: 'recipients', items: ['Như trên;', 'Lưu: VT.'] },
    { type: 'page-break' },
    {
      type: 'excerpt',
      title: 'ĐỂ CÓ MỘT GIA ĐÌNH HẠNH PHÚC',
      note: 'Trích lược những tiêu chí xây dựng gia đình hạnh phúc, gửi tặng gia đình mới',
      items: [
        'No ấm: cùng nhau làm ăn chân chính, chi tiêu có kế hoạch và dành dụm cho lúc khó khăn.',
        'Tiến bộ: không ngừng học hỏi; con cái được học hành đầy đủ, được khuyến khích theo đuổi ước mơ.',
        'Bình đẳng: vợ chồng tôn trọng nhau, cùng bàn bạc việc lớn, chia sẻ việc nhà và việc chăm sóc con cái.',
        'Yêu thương: quan tâm, lắng nghe, nhường nhịn nhau; nói không với mọi hình thức bạo lực gia đình.',
        'Hiếu thảo: kính trọng, phụng dưỡng ông bà, cha mẹ hai bên; dạy con biết lễ phép và biết ơn.',
        'Văn minh: giữ nếp nhà, lời ăn tiếng nói nhã nhặn; sống hòa thuận, giúp đỡ bà con, xóm giềng.',
        'Khỏe mạnh: giữ gìn sức khỏe, nhà cửa sạch sẽ, môi trường sống xanh, an toàn.',
        'Gương mẫu: chấp hành pháp luật, tham gia các phong trào và hoạt động chung của địa phương.',
      ],
      source: 'Chúc gia đình mới luôn vững bền, hạnh phúc!',
    },
  ],
};
