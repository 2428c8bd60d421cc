import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';

/** How long the register behind the monthly report is kept; older entries are deleted on the next write. */
export function RetentionForm({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="register-settings">
      <h2 id={`${id}-title`}>Sổ theo dõi</h2>
      <div className="opt-field">
        <label htmlFor={`${id}-retention`}>Giữ sổ theo dõi (tháng, gồm tháng này)</label>
        <input
          id={`${id}-retention`}
          type="number"
          min={1}
          max={60}
          value={settings.register.retentionMonths}
          onChange={(e) => {
            const months = Number.parseInt(e.target.value, 10);
            if (Number.isInteger(months) && months >= 1 && months <= 60) {
              onSave({ ...settings, register: { ...settings.register, retentionMonths: months } });
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
