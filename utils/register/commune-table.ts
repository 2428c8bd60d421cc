import { LETTER_KIND_NAMES, LETTER_KINDS } from '../letters/kinds';
import type { CommuneReport, DeskReport, Figures } from './commune-report';
import { REPORT_ACTS } from './monthly-report';
import { ACT_NAMES, csvCell, type ReportCell } from './report-table';
import type { XlsxSheet } from './xlsx';

/** One line of the commune's table: a label, and how to read it from figures. */
export interface FigureRow {
  label: string;
  value: (figures: Figures) => ReportCell;
}

const percent = (f: Figures): ReportCell => (f.onTimeShare === null ? '' : Math.round(f.onTimeShare * 1000) / 10);

/** The same lines, in the same words, as the monthly report of one desk. */
export const FIGURE_ROWS: readonly FigureRow[] = [
  { label: 'Hồ sơ đã xem', value: (f) => f.dossiersSeen },
  { label: 'Hồ sơ đã trả kết quả', value: (f) => f.returned },
  { label: 'Trả đúng hẹn', value: (f) => f.returnedOnTime },
  { label: 'Tỷ lệ đúng hẹn (%)', value: percent },
  ...LETTER_KINDS.map((kind) => ({ label: LETTER_KIND_NAMES[kind], value: (f: Figures) => f.letters[kind] })),
  { label: 'Tổng số thư, phiếu đã in', value: (f) => f.lettersTotal },
  ...REPORT_ACTS.map((act) => ({ label: ACT_NAMES[act], value: (f: Figures) => f.courtesy[act] })),
  { label: 'Tổng lượt “4 xin”', value: (f) => f.courtesyTotal },
];

export const TOTAL_LABEL = 'Tổng cộng';

const monthShort = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** Figures down, desks across, the total last: the commune at a glance (screen, CSV, the XLSX total sheet). */
export function communeTableRows(report: CommuneReport): ReportCell[][] {
  return [
    ['Chỉ tiêu', ...report.desks.map((d) => d.label), TOTAL_LABEL],
    ...FIGURE_ROWS.map((row) => [row.label, ...report.desks.map((d) => row.value(d.figures)), row.value(report.total)]),
  ];
}

const heading = (report: CommuneReport): ReportCell[][] => [
  ['Kỳ báo cáo', report.label],
  ['Số bàn có số liệu', report.desks.length],
  [],
];

/** CSV with a BOM so that Excel opens the Vietnamese text as UTF-8. */
export function communeCsv(report: CommuneReport): string {
  const lines = [...heading(report), ...communeTableRows(report)].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One desk: its months side by side and the whole period, then the dossier codes it sent (if any). */
export function deskSheetRows(report: CommuneReport, desk: DeskReport): ReportCell[][] {
  const single = report.period.kind === 'month';
  const header: ReportCell[] = single
    ? ['Chỉ tiêu', 'Số liệu']
    : ['Chỉ tiêu', ...desk.byMonth.map((m) => `Tháng ${monthShort(m.month)}`), 'Cả kỳ'];
  const rows: ReportCell[][] = [
    ['Bàn', desk.label],
    ['Mã bàn', desk.id],
    ['Kỳ báo cáo', report.label],
    [],
    header,
    ...FIGURE_ROWS.map((row) =>
      single
        ? [row.label, row.value(desk.figures)]
        : [row.label, ...desk.byMonth.map((m) => row.value(m.figures)), row.value(desk.figures)],
    ),
  ];
  const codes = desk.byMonth.flatMap((m) => (m.dossierCodes ?? []).map((code) => [code, monthShort(m.month)]));
  if (codes.length > 0) rows.push([], ['Mã hồ sơ đã xem', 'Tháng'], ...codes);
  return rows;
}

/** The workbook: the total sheet first, then one sheet per desk. */
export function communeSheets(report: CommuneReport): XlsxSheet[] {
  const deskColumns = report.desks.map(() => 16);
  return [
    {
      name: 'Tổng hợp',
      rows: [...heading(report), ...communeTableRows(report)],
      widths: [30, ...deskColumns, 14],
    },
    ...report.desks.map((desk) => ({
      name: desk.label,
      rows: deskSheetRows(report, desk),
      widths: [30, ...desk.byMonth.map(() => 14), 14],
    })),
  ];
}
