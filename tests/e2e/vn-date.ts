/** Today in Vietnam (UTC+7, no daylight saving), shifted by whole days, as YYYY-MM-DD. */
export function vnDay(offsetDays = 0, now = Date.now()): string {
  const vn = new Date(now + 7 * 3600_000);
  vn.setUTCDate(vn.getUTCDate() + offsetDays);
  return vn.toISOString().slice(0, 10);
}
