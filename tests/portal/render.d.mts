export function vietnamToday(now?: number): string;
export function shiftDay(ymd: string, days: number): string;
export interface ListRowData {
  code: string;
  procedureName: string;
  applicantName: string;
  status: string;
  receivedOffset: number;
  dueOffset: number;
}
export function listRows(today: string, count: number): ListRowData[];
export function renderPage(html: string, today: string): string;
