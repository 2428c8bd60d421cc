import { OptionList } from '@/components/common/OptionList';
import type { UnitType } from '@/utils/letters/types';
import type { OfficeSettings, Settings } from '@/utils/settings/schema';
import { type TextFieldSpec, TextSettingField } from './TextSettingField';
import type { SaveSettings } from './use-options-settings';
import { useSectionForm } from './use-section-form';

type TextField = Exclude<keyof OfficeSettings, 'unitType'>;

const FIELDS: TextFieldSpec<TextField>[] = [
  {
    key: 'communeName',
    label: 'Tên xã/phường',
    hint: 'Viết như trong văn bản, có chữ “xã”, “phường” hoặc “đặc khu”: xã Tân Phú, phường Long Hương',
  },
  { key: 'province', label: 'Tỉnh/thành phố', hint: 'tỉnh Đồng Nai, thành phố Huế' },
  { key: 'placeName', label: 'Địa danh ở dòng ngày tháng', hint: 'Tân Phú → “Tân Phú, ngày … tháng … năm …”' },
  {
    key: 'issuingBody',
    label: 'Tên cơ quan ở góc trái (để trống: Ủy ban nhân dân + tên xã, phường)',
    hint: 'In trên hai dòng, không tách tên: “ỦY BAN NHÂN DÂN” / “PHƯỜNG LONG HƯƠNG”',
  },
  {
    key: 'oneStopUnit',
    label: 'Tên bộ phận một cửa (để trống: Bộ phận Một cửa + tên xã, phường)',
    hint: 'Bộ phận Một cửa xã Tân Phú, hoặc Trung tâm Phục vụ hành chính công phường Long Hương',
  },
  { key: 'address', label: 'Địa chỉ cơ quan' },
  { key: 'phone', label: 'Số điện thoại Bộ phận Một cửa', type: 'tel' },
  { key: 'email', label: 'Thư điện tử của cơ quan', type: 'email' },
  { key: 'signingAuthority', label: 'Dòng thẩm quyền ký', hint: 'TM. ỦY BAN NHÂN DÂN' },
  { key: 'leaderTitle', label: 'Chức vụ người ký', hint: 'CHỦ TỊCH, PHÓ CHỦ TỊCH' },
  { key: 'leaderName', label: 'Họ tên người ký' },
  {
    key: 'headName',
    label: 'Họ tên Chủ tịch (ký phiếu xin lỗi)',
    hint: 'Để trống khi người ký ở trên là Chủ tịch. Phó Chủ tịch ký thư thì in “KT. CHỦ TỊCH” trên chức vụ.',
  },
];

const UNIT_TYPES: UnitType[] = ['xã', 'phường', 'đặc khu'];

/** The commune as letters print it; every letter checks these before printing. */
export function OfficeProfileForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const { id, values: office, update, bind } = useSectionForm(settings, onSave, 'office');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="office-settings">
      <h2 id={`${id}-title`}>Thông tin cơ quan trên thư</h2>
      <div className="opt-field">
        <label htmlFor={`${id}-unitType`}>Loại đơn vị</label>
        <select
          id={`${id}-unitType`}
          value={office.unitType}
          onChange={(e) => update({ unitType: e.target.value as UnitType })}
        >
          <OptionList values={UNIT_TYPES} />
        </select>
      </div>
      {FIELDS.map((field) => (
        <TextSettingField key={field.key} field={field} {...bind(field.key)} />
      ))}
    </section>
  );
}
