import { useId } from 'react';
import { now } from '@/utils/clock/clock';
import { hasOfficialSchedule, unconfirmedYearNotice, vietnamToday } from '@/utils/deadline';
import type { Settings } from '@/utils/settings/schema';

/**
 * This year and the next, when no official holiday schedule ships for them: the days off follow the law alone until
 * the team lead compares them with the government's announcement (adding days off and make-up days above) and
 * marks the year checked.
 */
export function ScheduleYearsForm({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  const year = Number(vietnamToday(now()).slice(0, 4));
  const years = [year, year + 1].filter((y) => !hasOfficialSchedule(y));
  if (years.length === 0) return null;
  const confirmed = settings.deadline.confirmedYears;
  const mark = (y: number, on: boolean) =>
    onSave({
      ...settings,
      deadline: {
        ...settings.deadline,
        confirmedYears: on ? [...confirmed.filter((c) => c !== y), y].sort() : confirmed.filter((c) => c !== y),
      },
    });
  return (
    <section aria-labelledby={`${id}-title`} data-testid="schedule-years">
      <h2 id={`${id}-title`}>Lịch nghỉ chưa có thông báo chính thức</h2>
      {years.map((y) => (
        <div key={y} className="opt-field" data-year={y}>
          {!confirmed.includes(y) && (
            <p className="opt-error" data-testid="calendar-unconfirmed" data-year={y}>
              {unconfirmedYearNotice(y)}. Khi có thông báo, thêm ngày nghỉ và ngày làm bù ở trên rồi đánh dấu.
            </p>
          )}
          <label>
            <input type="checkbox" checked={confirmed.includes(y)} onChange={(e) => mark(y, e.target.checked)} /> Đã đối
            chiếu lịch nghỉ năm {y} với thông báo chính thức
          </label>
        </div>
      ))}
    </section>
  );
}
