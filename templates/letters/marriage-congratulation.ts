import type { LetterTemplate } from '../../utils/letters/types';
import { closing, ENCLOSURE, HEADING, OFFICE_FIELDS } from './common';

/**
 * Handed over with the marriage certificate, so it may be printed before the registration: it names the day of
 * registration and wishes the couple well, but never tells a ceremony or a gift as done. A gift line is printed only
 * when the commune gives one (a setting). The happy-family criteria follow as an enclosure: the real text with its
 * source, or the commune's own text, labelled as theirs.
 */
export const MARRIAGE_CONGRATULATION: LetterTemplate = {
  kind: 'marriage-congratulation',
  name: 'Thư chúc mừng kết hôn',
  layout: 'letter',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'couple', 'registration.date'],
  defaults: {
    'criteria.title': 'TIÊU CHÍ XÂY DỰNG GIA ĐÌNH HẠNH PHÚC',
    // Only the words DOMAIN.md confirms, as a marked excerpt; a commune pastes the whole text in the settings.
    'criteria.items':
      'Tiêu chí chung: “Tôn trọng, bình đẳng, yêu thương, chia sẻ”.\nĐối với vợ và chồng: “Chung thủy, nghĩa tình…”.',
    'criteria.source':
      'Trích Quyết định số 224/QĐ-BVHTTDL ngày 28 tháng 01 năm 2022 của Bộ Văn hóa, Thể thao và Du lịch',
  },
  blocks: [
    HEADING,
    { type: 'title', text: 'THƯ CHÚC MỪNG', subtitle: 'Nhân dịp đăng ký kết hôn' },
    { type: 'paragraph', text: 'Kính gửi: {{couple|capitalise}}', align: 'center', style: 'bold' },
    {
      type: 'paragraph',
      text: 'Nhân dịp {{couple}} đăng ký kết hôn {{registration.date}}, Ủy ban nhân dân {{office.communeName}} xin gửi tới hai người cùng gia đình hai bên lời chúc mừng tốt đẹp nhất.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Chúc hai người trăm năm hạnh phúc, luôn yêu thương, chung thủy, tôn trọng và sẻ chia với nhau, cùng vun đắp một gia đình no ấm, tiến bộ, hạnh phúc, văn minh.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Cùng với thư này, Ủy ban nhân dân {{office.communeName}} xin gửi tặng một món quà nhỏ thay lời chúc mừng.',
      indent: true,
      when: 'letter.gift',
    },
    {
      type: 'paragraph',
      text: 'Kèm theo thư là những tiêu chí xây dựng gia đình hạnh phúc, xin gửi tới gia đình mới để cùng gìn giữ.',
      indent: true,
    },
    ...closing('Trân trọng chúc mừng!'),
    ENCLOSURE,
    {
      type: 'excerpt',
      title: '{{criteria.title}}',
      items: ['{{criteria.items}}'],
      source: '{{criteria.source}}',
    },
  ],
};
