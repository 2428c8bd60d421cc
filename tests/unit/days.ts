import { vi } from 'vitest';
import { setTodayOverride } from '../../utils/clock/clock';
import { E2E_TODAY, MATRIX_DAYS } from '../e2e/vn-date';

/**
 * The days the date-sensitive suites stand on, as e2e does (playwright.config.ts): the suite's usual day, the 1st of a
 * month, a Sunday, the eve of Tết 2027 and 31 December.
 */
export const TEST_DAYS: readonly string[] = [E2E_TODAY, ...MATRIX_DAYS];

/**
 * The product's clock (utils/clock `now()`) at `time` in Vietnam on `day`: the system time is fixed there (`Date`
 * only: timers stay real) and no page override is left to move it. Undo with vi.useRealTimers().
 */
export function standOn(day: string, time = '10:00'): void {
  setTodayOverride(null);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T${time}:00+07:00`));
}
