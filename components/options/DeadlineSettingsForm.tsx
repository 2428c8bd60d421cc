import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';
import { DayListEditor } from './DayListEditor';
import { DraftInput } from './DraftInput';
import type { SaveSettings } from './use-options-settings';

/** A number of days brought into its range; none for an empty box (the stored number stays). */
const clampDays = (value: string, min: number, max: number) => {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? undefined : Math.min(max, Math.max(min, n));
};

export function DeadlineSettingsForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  const deadline = settings.deadline;
  const update = (patch: Partial<Settings['deadline']>) =>
    onSave((s) => ({ ...s, deadline: { ...s.deadline, ...patch } }));
  return (
    <section aria-labelledby={`${id}-title`} data-testid="deadline-settings">
      <h2 id={`${id}-title`}>Hạn xử lý và ngày làm việc</h2>
      <div className="opt-field">
        <label htmlFor={`${id}-soon`}>Báo “sắp đến hạn” khi còn (ngày làm việc)</label>
        <DraftInput
          id={`${id}-soon`}
          name="soonWorkingDays"
          type="number"
          min={0}
          max={10}
          stored={String(deadline.soonWorkingDays)}
          save={(text) => {
            const days = clampDays(text, 0, 10);
            if (days !== undefined) update({ soonWorkingDays: days });
          }}
        />
      </div>
      <div className="opt-field">
        <label htmlFor={`${id}-apology`}>Ngày hẹn mới trên phiếu xin lỗi: sau (ngày làm việc)</label>
        <DraftInput
          id={`${id}-apology`}
          name="apologyExtraWorkingDays"
          type="number"
          min={1}
          max={30}
          stored={String(deadline.apologyExtraWorkingDays)}
          save={(text) => {
            const days = clampDays(text, 1, 30);
            if (days !== undefined) update({ apologyExtraWorkingDays: days });
          }}
        />
      </div>
      <p className="opt-hint">
        Lịch đã có sẵn các ngày lễ, Tết và lịch nghỉ bù chính thức các năm đã công bố. Thêm ở đây các ngày nghỉ hoặc
        ngày làm bù riêng của địa phương.
      </p>
      <DayListEditor
        label="Ngày nghỉ thêm"
        testId="extra-days-off"
        days={deadline.extraDaysOff}
        onChange={(extraDaysOff) => update({ extraDaysOff })}
      />
      <DayListEditor
        label="Ngày làm việc bù (ví dụ thứ Bảy làm bù)"
        testId="extra-working-days"
        days={deadline.extraWorkingDays}
        onChange={(extraWorkingDays) => update({ extraWorkingDays })}
      />
    </section>
  );
}
