import { describe, expect, it } from 'vitest';
import { hasOfficialSchedule, unconfirmedYearNotice, unconfirmedYears } from './schedule-status';

describe('years without an official schedule', () => {
  it('ships the announced years through 2026; 2027 follows the law until a team lead checks it', () => {
    expect([2024, 2025, 2026].every(hasOfficialSchedule)).toBe(true);
    expect(hasOfficialSchedule(2027)).toBe(false);
  });

  it.each([
    [['2026-11-25', '2026-12-31T17:00:00+07:00'], [], []],
    [['2026-12-31', '2027-01-04', undefined, 'không rõ'], [], [2027]],
    [['2027-02-05', '2027-02-10', '2028-01-01'], [], [2027, 2028]],
    [['2027-02-05', '2028-01-01'], [2027], [2028]],
  ])('%j, confirmed %j → %j', (days, confirmed, years) => expect(unconfirmedYears(days, confirmed)).toEqual(years));

  it('says so in the words the sidebar and options show', () =>
    expect(unconfirmedYearNotice(2027)).toBe('Lịch nghỉ năm 2027 tính theo luật, chưa có thông báo chính thức'));
});
