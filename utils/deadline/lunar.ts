/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's astronomical algorithm (new moons and the sun's longitude,
 * from Jean Meeus' "Astronomical Algorithms"). Vietnam reckons it at UTC+7; China uses UTC+8, which is why
 * libraries made for China put Tết on the wrong day in some years (1985, 2007, 2030, 2053…). The offset is a
 * parameter only so that tests can show that difference.
 */
import { type EpochDay, formatIsoDay, fromYmd, parseIsoDay, yearOf } from './iso-day';
import { VIETNAM_UTC_OFFSET_HOURS } from './vietnam-time';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in the repeated (nhuận) month of a leap year. */
  leap: boolean;
}

/** Julian day number of 1970-01-01, to move between epoch days and the astronomical formulas. */
const JD_OF_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (index k = 0 below). */
const NEW_MOON_ZERO = 2415021.076998695;
const RAD = Math.PI / 180;

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (terrestrial minus universal time), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at a fractional Julian day. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + center) * RAD;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Julian day number of the local day on which the k-th new moon falls. */
const newMoonDay = (k: number, offsetHours: number): number => Math.floor(newMoon(k) + 0.5 + offsetHours / 24);

/** Which of the 12 major solar terms (30° sectors) the sun is in at local midnight starting a day. */
const solarTermAt = (jdn: number, offsetHours: number): number =>
  Math.floor((sunLongitude(jdn - 0.5 - offsetHours / 24) / Math.PI) * 6);

// Every conversion needs the month 11 of two years; a calendar converts a few dates per year, so remember them.
const month11Cache = new Map<string, number>();

/** Start (JDN) of lunar month 11, the month holding the winter solstice, of a Gregorian year. */
function month11Start(year: number, offsetHours: number): number {
  const key = `${year}@${offsetHours}`;
  let start = month11Cache.get(key);
  if (start === undefined) {
    start = computeMonth11Start(year, offsetHours);
    month11Cache.set(key, start);
  }
  return start;
}

function computeMonth11Start(year: number, offsetHours: number): number {
  const k = Math.floor((fromYmd(year, 12, 31) + JD_OF_EPOCH - 2415021) / SYNODIC_MONTH);
  const candidate = newMoonDay(k, offsetHours);
  // Past 270° the solstice is already behind this new moon, so month 11 began one lunation earlier.
  return solarTermAt(candidate, offsetHours) >= 9 ? newMoonDay(k - 1, offsetHours) : candidate;
}

/** In a 13-month year, how many months after month 11 the leap month comes: the first month with no major term. */
function leapMonthOffset(month11: number, offsetHours: number): number {
  const k = Math.floor((month11 - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let term = solarTermAt(newMoonDay(k + i, offsetHours), offsetHours);
  let previous: number;
  do {
    previous = term;
    i += 1;
    term = solarTermAt(newMoonDay(k + i, offsetHours), offsetHours);
  } while (term !== previous && i < 14);
  return i - 1;
}

export function solarToLunarDay(epochDay: EpochDay, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const jdn = epochDay + JD_OF_EPOCH;
  // The mean lunation gives a first guess; the true new moon can be late enough to need one more step back.
  let k = Math.floor((jdn - NEW_MOON_ZERO) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, offsetHours) > jdn) k -= 1;
  const monthStart = newMoonDay(k, offsetHours);
  const solarYear = yearOf(epochDay);
  let a11 = month11Start(solarYear, offsetHours);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1, offsetHours);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1, offsetHours);
  }
  const monthsSince11 = Math.floor((monthStart - a11) / 29);
  let month = monthsSince11 + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, offsetHours);
    if (monthsSince11 >= leapOffset) {
      month = monthsSince11 + 10;
      leap = monthsSince11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && monthsSince11 < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, leap };
}

export function lunarToSolarDay(
  day: number,
  month: number,
  year: number,
  leap = false,
  offsetHours = VIETNAM_UTC_OFFSET_HOURS,
): EpochDay {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`No lunar month ${month}`);
  const a11 = month11Start(month < 11 ? year - 1 : year, offsetHours);
  const b11 = month11Start(month < 11 ? year : year + 1, offsetHours);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_ZERO) / SYNODIC_MONTH);
  let offset = month - 11 < 0 ? month + 1 : month - 11;
  const leapOffset = b11 - a11 > 365 ? leapMonthOffset(a11, offsetHours) : undefined;
  const leapMonth = leapOffset === undefined ? undefined : ((leapOffset + 9) % 12) + 1;
  if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  if (leapOffset !== undefined && (leap || offset >= leapOffset)) offset += 1;
  const monthStart = newMoonDay(k + offset, offsetHours);
  const monthLength = newMoonDay(k + offset + 1, offsetHours) - monthStart;
  if (!Number.isInteger(day) || day < 1 || day > monthLength) {
    throw new RangeError(`Lunar month ${month}/${year} has no day ${day}`);
  }
  return monthStart + day - 1 - JD_OF_EPOCH;
}

/** The solar (Gregorian) `YYYY-MM-DD` of a lunar date; leap selects the repeated month. */
export const lunarToSolar = (
  day: number,
  month: number,
  year: number,
  leap = false,
  offsetHours = VIETNAM_UTC_OFFSET_HOURS,
): string => formatIsoDay(lunarToSolarDay(day, month, year, leap, offsetHours));

/** The lunar date of a solar `YYYY-MM-DD`. */
export const solarToLunar = (day: string, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarDate =>
  solarToLunarDay(parseIsoDay(day), offsetHours);

/** Tết Nguyên đán (1st day of the 1st lunar month) of a year, as `YYYY-MM-DD`. */
export const lunarNewYear = (year: number, offsetHours = VIETNAM_UTC_OFFSET_HOURS): string =>
  lunarToSolar(1, 1, year, false, offsetHours);
