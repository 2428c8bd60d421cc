import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';
import { REGISTER_FIELDS } from '@/utils/settings/settings-schema';
import { NumberField } from './NumberField';
import { type SaveSettings, sectionUpdate } from './use-options-settings';

/** How long the register behind the monthly report is kept; older entries are deleted on the next write. */
export function RetentionForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="register-settings">
      <h2 id={`${id}-title`}>Sổ theo dõi</h2>
      <NumberField
        id={`${id}-retention`}
        label="Giữ sổ theo dõi (tháng, gồm tháng này)"
        fields={REGISTER_FIELDS}
        name="retentionMonths"
        stored={settings.register.retentionMonths}
        onSave={(retentionMonths) => sectionUpdate(onSave, 'register')({ retentionMonths })}
      >
        <small className="opt-hint">
          Sổ chỉ ghi ngày, loại thư, mã hồ sơ, ghi chú của cán bộ và số lần “4 xin”; không ghi tên công dân. Quá hạn giữ
          sẽ tự xóa.
        </small>
      </NumberField>
    </section>
  );
}
