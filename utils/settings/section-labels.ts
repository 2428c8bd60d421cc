import type { SettingsSection } from './validate';

/** How each settings section is named to officers and team leads (notices, import notes). */
export const SECTION_LABEL: Readonly<Record<SettingsSection, string>> = {
  deadline: 'hạn xử lý',
  scripts: 'lời nói',
  office: 'thông tin cơ quan',
  letters: 'mẫu thư',
  register: 'sổ theo dõi',
  desk: 'tên bàn',
  deskScreen: 'màn hình quầy và bảng niêm yết',
  recipes: 'cách đọc cổng',
  plan: 'lời “4 xin, 4 luôn, 5 không”',
};
