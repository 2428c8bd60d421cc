import { placeDateLine } from '../letters/date-words';
import { FIELD_LABELS, type MissingField } from '../letters/fill';
import { personName } from '../letters/people';
import type { LaidOutDocument, LetterBlock, TableColumn } from '../letters/types';
import type { OfficeSettings } from '../settings/schema';
import type { CommuneReport, DeskReport, Figures } from './commune-report';
import { summarySentences, vnCount, vnPercent } from './commune-summary';
import { TOTAL_LABEL } from './commune-table';

/** The plan's name for the model, word for word. */
export const MODEL_NAME = 'Chính quyền thân thiện, vì Nhân dân phục vụ';

export interface ReportDocumentOptions {
  /** The report's date (`YYYY-MM-DD`, Vietnam). */
  date: string;
  /** The number in "Số: …/BC-UBND"; blank leaves the room the clerk fills in when the report is issued. */
  number?: string;
  /** "Nơi nhận", one a line. */
  recipients: readonly string[];
  /** The team lead's proposals (rewards, say), one paragraph a line; none: no section III. */
  proposals?: string;
}

/** What the report's header and signature need from the office profile. */
const REQUIRED: readonly (keyof OfficeSettings)[] = [
  'communeName',
  'placeName',
  'signingAuthority',
  'leaderTitle',
  'leaderName',
];

/** Fields the office profile still lacks for the report (empty when it can be made), as letters report them. */
export function missingReportFields(office: OfficeSettings): MissingField[] {
  return REQUIRED.filter((key) => office[key].trim() === '').map((key) => ({
    field: `office.${key}`,
    label: FIELD_LABELS[`office.${key}`] ?? key,
  }));
}

export function defaultRecipients(office: OfficeSettings): string[] {
  const unit = office.unitType;
  return [`Thường trực Đảng ủy ${unit};`, `Chủ tịch, các Phó Chủ tịch UBND ${unit};`, 'Lưu: VT.'];
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const cellCount = (n: number) => vnCount(n);
const cellShare = (f: Figures) => (f.onTimeShare === null ? '—' : vnPercent(f.onTimeShare).replace('%', ''));

const heading = (text: string): LetterBlock => ({ type: 'paragraph', text, style: 'bold', align: 'left' });

function table(
  report: CommuneReport,
  caption: string,
  columns: TableColumn[],
  cells: (f: Figures) => string[],
): Extract<LetterBlock, { type: 'table' }> {
  const row = (desk: DeskReport, i: number) => [String(i + 1), desk.label, ...cells(desk.figures)];
  return {
    type: 'table',
    caption,
    columns: [{ header: 'STT', width: 0.8, align: 'center' }, { header: 'Bàn tiếp nhận', width: 3 }, ...columns],
    rows: [...report.desks.map(row), ['', TOTAL_LABEL, ...cells(report.total)]],
    boldRows: [report.desks.length],
  };
}

const number = (header: string, width = 1.5): TableColumn => ({ header, width, align: 'right' });

/**
 * The commune's report as layout blocks in the form of Decree 30/2020: the issuing body on two lines, the number
 * "Số: …/BC-UBND", the place-and-date line, the title with the period, the figures in tables, a short commentary,
 * "Nơi nhận" and the signature from the office profile. The PDF module draws it like a letter.
 */
export function communeReportDocument(
  report: CommuneReport,
  office: OfficeSettings,
  options: ReportDocumentOptions,
): LaidOutDocument {
  const commune = office.communeName.normalize('NFC').trim();
  const title = `Báo cáo kết quả thực hiện mô hình ${MODEL_NAME} ${report.label}`;
  const proposals = (options.proposals ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const blocks: LetterBlock[] = [
    {
      type: 'heading',
      issuingBody: `ỦY BAN NHÂN DÂN\n${commune.toLocaleUpperCase('vi')}`,
      number: `Số: ${options.number?.trim() || '…'}/BC-UBND`,
      placeDate: placeDateLine(office.placeName.trim(), options.date),
    },
    { type: 'title', text: 'BÁO CÁO', subtitle: `Kết quả thực hiện mô hình ${MODEL_NAME}\n${report.label}` },
    {
      type: 'paragraph',
      indent: true,
      text: `Ủy ban nhân dân ${commune} báo cáo kết quả thực hiện mô hình “${MODEL_NAME}” tại bộ phận tiếp nhận và trả kết quả ${report.label}, tổng hợp từ sổ theo dõi của ${report.desks.length} bàn tiếp nhận, như sau:`,
    },
    heading('I. KẾT QUẢ THỰC HIỆN'),
    table(
      report,
      '1. Tiếp nhận và trả kết quả hồ sơ',
      [number('Hồ sơ đã xem'), number('Đã trả kết quả'), number('Trả đúng hẹn'), number('Tỷ lệ đúng hẹn (%)')],
      (f) => [cellCount(f.dossiersSeen), cellCount(f.returned), cellCount(f.returnedOnTime), cellShare(f)],
    ),
    table(
      report,
      '2. Thư, phiếu đã in',
      [
        number('Chúc mừng khai sinh', 1.3),
        number('Chúc mừng kết hôn', 1.3),
        number('Chia buồn', 1.3),
        number('Giấy cảm ơn', 1.3),
        number('Phiếu xin lỗi', 1.3),
        number('Tổng', 1.1),
      ],
      (f) => [
        cellCount(f.letters['birth-congratulation']),
        cellCount(f.letters['marriage-congratulation']),
        cellCount(f.letters.condolence),
        cellCount(f.letters['thank-you']),
        cellCount(f.letters.apology),
        cellCount(f.lettersTotal),
      ],
    ),
    table(
      report,
      '3. Thực hiện “4 xin”',
      [number('Xin chào'), number('Xin phép'), number('Xin cảm ơn'), number('Xin lỗi'), number('Tổng')],
      (f) => [
        cellCount(f.courtesy.greeted),
        cellCount(f.courtesy.askedPermission),
        cellCount(f.courtesy.thanked),
        cellCount(f.courtesy.apologised),
        cellCount(f.courtesyTotal),
      ],
    ),
    {
      type: 'paragraph',
      style: 'italic',
      size: 'small',
      text: 'Ghi chú: “Hồ sơ đã xem” là số hồ sơ mỗi bàn mở trên hệ thống trong tháng (một hồ sơ được hai bàn xem thì mỗi bàn tính một lần); số liệu do tiện ích Một Cửa Thân Thiện ghi, không gồm thông tin cá nhân của công dân.',
    },
    heading('II. NHẬN XÉT, ĐÁNH GIÁ'),
    ...summarySentences(report).map((text): LetterBlock => ({ type: 'paragraph', indent: true, text })),
    ...(proposals.length > 0
      ? [
          heading('III. ĐỀ XUẤT, KIẾN NGHỊ'),
          ...proposals.map((text): LetterBlock => ({ type: 'paragraph', indent: true, text: capitalise(text) })),
        ]
      : []),
    {
      type: 'paragraph',
      indent: true,
      text: `Trên đây là báo cáo kết quả thực hiện mô hình “${MODEL_NAME}” ${report.label} của Ủy ban nhân dân ${commune}./.`,
    },
    {
      type: 'signature',
      authority: office.signingAuthority,
      title: office.leaderTitle,
      name: personName(office.leaderName) ?? office.leaderName,
    },
    { type: 'recipients', items: [...options.recipients] },
  ];
  return { name: title, layout: 'letter', blocks };
}
