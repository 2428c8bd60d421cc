/** Xã Tân Phú's desk screen and what its boards print: for the posters tests (unit and e2e) and the settings tests. */
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PLAN_MOTTO, PLAN_WORDS } from '../../templates/plan-words';
import type { DeskScreenSettings } from '../desk/types';

/** The default slides, with the commune's hotlines and Zalo page filled in. */
export const TAN_PHU_DESK_SCREEN: DeskScreenSettings = {
  ...structuredClone(DEFAULT_DESK_SCREEN),
  leaderName: 'Ông Lê Văn Bình, Chủ tịch UBND xã',
  leaderPhone: '0912 345 678',
  inspectionPhone: '0251 3861 999',
  zaloName: 'Bộ phận Một cửa xã Tân Phú',
  zaloUrl: 'https://zalo.me/1234567890',
};

/** Every line of the slogan board of xã Tân Phú, in the plan's default words. */
export const SLOGAN_BOARD_LINES = [
  'ỦY BAN NHÂN DÂN',
  'XÃ TÂN PHÚ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BỘ PHẬN MỘT CỬA XÃ TÂN PHÚ',
  '4 XIN',
  PLAN_WORDS.fourAsks,
  '4 LUÔN',
  PLAN_WORDS.fourAlways,
  '5 KHÔNG',
  PLAN_WORDS.fiveNevers,
  ...PLAN_MOTTO,
];

/** The hotline board's lines for that desk screen, with the office's phone, 0251 3861 234. */
export const HOTLINE_BOARD_LINES = [
  'ĐƯỜNG DÂY NÓNG',
  'Lãnh đạo UBND xã Tân Phú',
  'Ông Lê Văn Bình, Chủ tịch UBND xã',
  '0912 345 678',
  'Bộ phận Một cửa',
  '0251 3861 234',
  'Tổ kiểm tra công vụ',
  '0251 3861 999',
];
