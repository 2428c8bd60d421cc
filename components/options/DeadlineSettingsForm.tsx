import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';
import { DEADLINE_FIELDS } from '@/utils/settings/settings-schema';
import { DayListEditor } from './DayListEditor';
import { NumberField } from './NumberField';
import { type SaveSettings, sectionUpdate } from './use-options-settings';

export function DeadlineSettingsForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  const deadline = settings.deadline;
  const update = sectionUpdate(onSave, 'deadline');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="deadline-settings">
      <h2 id={`${id}-title`}>Hạn xử lý và ngày làm việc</h2>
      <NumberField
        id={`${id}-soon`}
        label="Báo “sắp đến hạn” khi còn (ngày làm việc)"
        fields={DEADLINE_FIELDS}
        name="soonWorkingDays"
        stored={deadline.soonWorkingDays}
        clamp
        onSave={(soonWorkingDays) => update({ soonWorkingDays })}
      />
      <NumberField
        id={`${id}-apology`}
        label="Ngày hẹn mới trên phiếu xin lỗi: sau (ngày làm việc)"
        fields={DEADLINE_FIELDS}
        name="apologyExtraWorkingDays"
        stored={deadline.apologyExtraWorkingDays}
        clamp
        onSave={(apologyExtraWorkingDays) => update({ apologyExtraWorkingDays })}
      />
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
