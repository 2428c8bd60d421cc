// The calendar must answer the same in any time zone. Besides this file, the whole suite can be run in another
// zone without npm scripts: `TZ=America/New_York npx vitest run utils/deadline` (tests/run-all.mjs does so).
import { afterAll, describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { deadlineLevel } from './level';
import { lunarNewYear, solarToLunar } from './lunar';
import { proposeNewReturnDate, sameDayReturnDate } from './return-dates';
import { vietnamToday } from './vietnam-time';

// Each zone with what `Date#getTimezoneOffset` says there on 1/1/2026, to prove the switch took effect.
const ZONES: [string, number][] = [
  ['UTC', 0],
  ['America/New_York', 300],
  ['Asia/Ho_Chi_Minh', -420],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
  ['Asia/Tokyo', -540],
];
const originalZone = process.env.TZ;

afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** Everything the module answers about a few hard moments: midnight and 15:00 in Vietnam, New Year, Tết. */
function answers() {
  const calendar = createCalendar();
  const instants = [
    '2026-11-24T16:59:59Z',
    '2026-11-24T17:00:00Z',
    '2026-11-25T07:59:59Z',
    '2026-11-25T08:00:00Z',
    '2026-12-31T17:30:00Z',
    '2026-02-13T08:30:00Z',
  ];
  // Without an offset a time is Vietnam wall time, never the computer's.
  const wallTimes = ['2026-11-25T14:59', '2026-11-25T15:00', '2026-11-25'];
  const dues = ['2026-11-25', '2026-11-25T15:00:00+07:00', '2026-11-25T15:00', '2026-02-23', '2027-01-04'];
  return {
    levels: instants.flatMap((now) => dues.map((due) => deadlineLevel(due, new Date(now), calendar))),
    returns: [...instants, ...wallTimes].map((at) => [
      sameDayReturnDate(at, calendar),
      proposeNewReturnDate(at, 2, calendar),
      vietnamToday(at),
    ]),
    tet: [1985, 2007, 2026, 2030].map((year) => lunarNewYear(year)),
    lunar: solarToLunar('2026-11-25'),
    holidays: calendar.holidaysOf(2026),
    counts: calendar.workingDaysBetween('2025-12-31', '2027-01-01'),
  };
}

describe('time-zone independence', () => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  const reference = answers();

  it.each(ZONES)('gives the same answers with the computer set to %s', (zone, offset) => {
    process.env.TZ = zone;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
    expect(answers()).toEqual(reference);
  });
});
