import { useState } from 'react';
import { openDeskScreen } from '@/utils/desk/open-desk';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { DESK_SCREEN_FIELDS } from '@/utils/settings/settings-schema';
import { CheckboxField } from './CheckboxField';
import { DeskSlidesEditor } from './DeskSlidesEditor';
import { deskScreenFieldError } from './desk-field';
import { ManagedSection } from './ManagedSection';
import { NumberField } from './NumberField';
import { type TextFieldSpec, TextSettingField } from './TextSettingField';
import type { SaveSettings } from './use-options-settings';
import { useSectionForm } from './use-section-form';

type DeskScreen = Settings['deskScreen'];
type TextKey = Exclude<keyof DeskScreen, 'slides' | 'procedures' | 'slideSeconds' | 'showFigures'>;

const FIELDS: TextFieldSpec<TextKey>[] = [
  {
    key: 'unitName',
    label: 'Tên bộ phận một cửa',
    hint: 'Như người dân biết: Bộ phận Một cửa, Trung tâm Phục vụ hành chính công',
  },
  { key: 'leaderPhone', label: 'Đường dây nóng của lãnh đạo', type: 'tel' },
  { key: 'leaderName', label: 'Người nghe máy (lãnh đạo)', hint: 'Ông Lê Văn Bình, Chủ tịch UBND xã' },
  {
    key: 'unitPhone',
    label: 'Đường dây nóng của bộ phận một cửa',
    hint: 'Để trống: dùng số điện thoại cơ quan ở phần “Thông tin cơ quan trên thư”',
    type: 'tel',
  },
  { key: 'inspectionName', label: 'Tên tổ kiểm tra', hint: 'Tổ kiểm tra công vụ' },
  { key: 'inspectionPhone', label: 'Đường dây nóng của tổ kiểm tra', type: 'tel' },
  { key: 'zaloName', label: 'Tên Zalo OA của đơn vị', hint: 'Bộ phận Một cửa xã Tân Phú' },
  {
    key: 'zaloUrl',
    label: 'Đường dẫn Zalo OA (làm mã QR)',
    hint: 'https://zalo.me/… — để trống thì không hiện mã Zalo',
    type: 'url',
  },
  {
    key: 'lookupUrl',
    label: 'Trang tra cứu hồ sơ (làm mã QR)',
    hint: 'Mặc định: trang tra cứu hồ sơ của Cổng Dịch vụ công quốc gia',
    type: 'url',
  },
];

/**
 * The desk screen facing citizens: how to open it, and what it shows (the slogans, hotlines and QR links; the
 * posters print the same).
 */
export function DeskScreenSettings({ state, onSave }: { state: SettingsState; onSave: SaveSettings }) {
  const settings = state.effective;
  const { id, bind } = useSectionForm(settings, onSave, 'deskScreen');
  const [openError, setOpenError] = useState('');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="desk-settings">
      <h2 id={`${id}-title`}>Màn hình quầy</h2>
      <p>
        Màn hình thứ hai hoặc ti vi quay về phía người dân: khẩu hiệu “4 xin, 4 luôn, 5 không” lần lượt, số đường dây
        nóng, mã QR Zalo và tra cứu hồ sơ, số liệu trong ngày (không có tên người dân). Kéo cửa sổ sang màn hình đó rồi
        bấm “Toàn màn hình”; phím Esc để thoát. Cũng mở được bằng cách bấm chuột phải vào nút tiện ích trên thanh công
        cụ.
      </p>
      <p className="opt-actions">
        <button
          type="button"
          className="opt-primary"
          data-testid="open-desk-screen"
          onClick={() =>
            openDeskScreen().then(
              () => setOpenError(''),
              () => setOpenError('Chưa mở được màn hình quầy, anh/chị thử lại.'),
            )
          }
        >
          Mở màn hình quầy
        </button>
        <span role="status" className="opt-error-text">
          {openError}
        </span>
      </p>
      <ManagedSection section="deskScreen" policy={state.policy}>
        {FIELDS.map((field) => (
          <TextSettingField key={field.key} field={field} problemOf={deskScreenFieldError} {...bind(field.key)} />
        ))}
        <NumberField label="Mỗi khẩu hiệu hiện (giây)" fields={DESK_SCREEN_FIELDS} {...bind('slideSeconds')} />
        <CheckboxField className="opt-inline" {...bind('showFigures')}>
          Hiện số liệu trong ngày (số thư đã trao, số hồ sơ đã trả kết quả; không có tên, không có mã hồ sơ)
        </CheckboxField>
        <DeskSlidesEditor settings={settings} onSave={onSave} />
      </ManagedSection>
    </section>
  );
}
