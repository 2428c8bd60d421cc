import { VIETNAM_UTC_OFFSET_HOURS } from '../deadline/vietnam-time';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The desk screen's clock in Vietnam time, whatever the computer's zone: "08:05", "Thứ Tư, 25/11/2026". */
export function deskClock(now: number): { time: string; date: string } {
  const local = new Date(now + VIETNAM_UTC_OFFSET_HOURS * 3_600_000);
  const date = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return {
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    date: `${WEEKDAYS[local.getUTCDay()]}, ${date}`,
  };
}
