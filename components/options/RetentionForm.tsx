import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';
import { DraftInput } from './DraftInput';
import type { SaveSettings } from './use-options-settings';

/** How long the register behind the monthly report is kept; older entries are deleted on the next write. */
export function RetentionForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="register-settings">
      <h2 id={`${id}-title`}>Sổ theo dõi</h2>
      <div className="opt-field">
        <label htmlFor={`${id}-retention`}>Giữ sổ theo dõi (tháng, gồm tháng này)</label>
        <DraftInput
          id={`${id}-retention`}
          type="number"
          min={1}
          max={60}
          stored={String(settings.register.retentionMonths)}
          save={(text) => {
            const months = Number.parseInt(text, 10);
            if (Number.isInteger(months) && months >= 1 && months <= 60) {
              onSave((s) => ({ ...s, register: { ...s.register, retentionMonths: months } }));
            }
          }}
        />
        <small className="opt-hint">
          Sổ chỉ ghi ngày, loại thư, mã hồ sơ, ghi chú của cán bộ và số lần “4 xin”; không ghi tên công dân. Quá hạn giữ
          sẽ tự xóa.
        </small>
      </div>
    </section>
  );
}
