import type { DossierKind } from '../utils/dossier/types';

/**
 * Documents an officer commonly asks a citizen to bring, by kind of dossier, to tick in the request for more
 * documents; anything else is typed in. Our own short list, as data: the officer chooses, the list asserts nothing.
 */
export const SUPPLEMENT_DOCUMENTS: Readonly<Record<DossierKind, readonly string[]>> = {
  birth: [
    'Tờ khai đăng ký khai sinh',
    'Giấy chứng sinh (hoặc giấy tờ thay thế)',
    'Giấy tờ tùy thân của người đi đăng ký',
    'Văn bản ủy quyền (nếu nhờ người khác đi đăng ký)',
  ],
  marriage: ['Tờ khai đăng ký kết hôn', 'Giấy xác nhận tình trạng hôn nhân', 'Giấy tờ tùy thân của hai bên'],
  death: ['Tờ khai đăng ký khai tử', 'Giấy báo tử (hoặc giấy tờ thay thế)', 'Giấy tờ tùy thân của người đi đăng ký'],
  other: ['Tờ khai (đơn) theo mẫu', 'Giấy tờ tùy thân của người yêu cầu', 'Văn bản ủy quyền'],
};
