import { unconfirmedYearNotice, unconfirmedYears, vietnamToday, yearsToCheck } from '@/utils/deadline';
import { useSidebar, useSidebarActions } from './store-context';

/**
 * Says when a date the sidebar reckons with falls in a year whose days off follow the law alone (no official
 * schedule yet), until a team lead marks the year checked in the options (the link opens that section).
 */
export function CalendarNotice({ days }: { days: ReadonlyArray<string | undefined> }) {
  const confirmed = useSidebar((s) => s.settings.deadline.confirmedYears);
  const now = useSidebar((s) => s.now);
  const { openOptions } = useSidebarActions();
  const years = unconfirmedYears(days, confirmed);
  if (years.length === 0) return null;
  // The options page asks about this year and the next; a later year's days off are entered with the deadlines.
  const asked = yearsToCheck(vietnamToday(now));
  const section = years.some((year) => asked.includes(year)) ? 'schedule' : 'deadline';
  return (
    <div className="mctt-notice" role="note">
      {years.map((year) => (
        <p key={year} data-testid="calendar-unconfirmed" data-year={year}>
          {unconfirmedYearNotice(year)}: ngày nghỉ Tết và ngày làm bù có thể khác. Tổ trưởng kiểm tra trong Cài đặt.
        </p>
      ))}
      <button type="button" className="mctt-link" onClick={() => openOptions(section)}>
        Mở mục lịch nghỉ trong Cài đặt
      </button>
    </div>
  );
}
