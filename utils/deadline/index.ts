/** The Vietnamese working-day calendar and deadline levels. All dates are Vietnam time (UTC+7). */
export { type CalendarOverrides, createCalendar, type Holiday, type WorkingCalendar } from './calendar';
export { periodEnd } from './civil-period';
export { type HolidayBreak, OCCASION_NAMES, OCCASIONS, type Occasion, type OfficialSchedule } from './holidays';
export { addDays } from './iso-day';
export {
  DEFAULT_THRESHOLDS,
  type DeadlineLevel,
  type DeadlineStatus,
  type DeadlineThresholds,
  deadlineLevel,
  describeLevel,
  isUrgent,
  LEVEL_ICONS,
  LEVEL_NAMES,
  type RunningLevel,
  type RunningStatus,
} from './level';
export { type LunarDate, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
export { OFFICIAL_SCHEDULES } from './official-schedules';
export {
  apologyReturnDate,
  proposeNewReturnDate,
  SAME_DAY_CUTOFF_MINUTES,
  sameDayReturnDate,
} from './return-dates';
export { hasOfficialSchedule, unconfirmedYearNotice, unconfirmedYears, yearsToCheck } from './schedule-status';
export { type Instant, vietnamToday } from './vietnam-time';
export { type ClockOwner, clockOwner, dossierLevel } from './whose-clock';
