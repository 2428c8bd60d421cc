import { unconfirmedYearNotice, unconfirmedYears } from '@/utils/deadline';
import { useSidebar } from './store-context';

/**
 * Says when a date the sidebar reckons with falls in a year whose days off follow the law alone (no official
 * schedule yet), until a team lead marks the year checked in the options.
 */
export function CalendarNotice({ days }: { days: ReadonlyArray<string | undefined> }) {
  const confirmed = useSidebar((s) => s.settings.deadline.confirmedYears);
  const years = unconfirmedYears(days, confirmed);
  if (years.length === 0) return null;
  return (
    <div className="mctt-notice" role="note">
      {years.map((year) => (
        <p key={year} data-testid="calendar-unconfirmed" data-year={year}>
          {unconfirmedYearNotice(year)}: ngày nghỉ Tết và ngày làm bù có thể khác. Tổ trưởng kiểm tra trong Cài đặt.
        </p>
      ))}
    </div>
  );
}
