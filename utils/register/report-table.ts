import { LETTER_KIND_NAMES, LETTER_KINDS } from '../letters/kinds';
import type { MonthlyReport } from './monthly-report';
import { REPORT_ACTS } from './monthly-report';

export const ACT_NAMES = {
  greeted: 'Lần chào hỏi',
  askedPermission: 'Lần xin phép',
  thanked: 'Lần cảm ơn',
  apologised: 'Lần xin lỗi',
} as const;

export type ReportCell = string | number;

/** The report as rows of (label, value): one shape for the screen, CSV and XLSX. */
export function reportRows(report: MonthlyReport): [string, ReportCell][] {
  const [year, month] = report.month.split('-');
  return [
    ['Tháng', `${month}/${year}`],
    ['Hồ sơ đã xem', report.dossiersSeen],
    ['Hồ sơ đã trả kết quả', report.returned],
    ['Trả đúng hẹn', report.returnedOnTime],
    ['Tỷ lệ đúng hẹn (%)', report.onTimeShare === null ? '' : Math.round(report.onTimeShare * 1000) / 10],
    ['Phiếu xin lỗi đã lập', report.apologies],
    ...LETTER_KINDS.map((kind): [string, ReportCell] => [LETTER_KIND_NAMES[kind], report.lettersByKind[kind]]),
    ['Tổng số thư, phiếu đã in', report.lettersTotal],
    ...REPORT_ACTS.map((act): [string, ReportCell] => [ACT_NAMES[act], report.courtesy[act]]),
  ];
}

export const csvCell = (value: ReportCell) => {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV with a BOM so that Excel opens the Vietnamese text as UTF-8. */
export function reportCsv(report: MonthlyReport): string {
  const lines = [['Chỉ tiêu', 'Số liệu'], ...reportRows(report)].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
