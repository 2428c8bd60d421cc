import type { Settings } from '@/utils/settings/schema';
import { DEADLINE_FIELDS } from '@/utils/settings/settings-schema';
import { DayListEditor } from './DayListEditor';
import { NumberField } from './NumberField';
import type { SaveSettings } from './use-options-settings';
import { useSectionForm } from './use-section-form';

/** The deadline's counts of working days; a number out of the schema's range is brought into it. */
const DAY_COUNTS = [
  { name: 'soonWorkingDays', label: 'Báo “sắp đến hạn” khi còn (ngày làm việc)' },
  { name: 'apologyExtraWorkingDays', label: 'Ngày hẹn mới trên phiếu xin lỗi: sau (ngày làm việc)' },
] as const;

export function DeadlineSettingsForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const { id, values: deadline, update, bind } = useSectionForm(settings, onSave, 'deadline');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="deadline-settings">
      <h2 id={`${id}-title`}>Hạn xử lý và ngày làm việc</h2>
      {DAY_COUNTS.map(({ name, label }) => (
        <NumberField key={name} label={label} fields={DEADLINE_FIELDS} clamp {...bind(name)} />
      ))}
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
