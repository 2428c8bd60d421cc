import { describe, expect, it } from 'vitest';
import { type CommuneData, EMPTY_COMMUNE, mergeDeskFile } from './commune-data';
import { communeReport, figuresOf } from './commune-report';
import { joinVi, summarySentences, vnCount, vnPercent } from './commune-summary';
import { communeCsv, communeSheets, communeTableRows, deskSheetRows } from './commune-table';
import { deskFileOf, deskId, deskMonth, manyDeskFiles } from './commune-test-fixtures';
import type { DeskFile } from './desk-file';
import type { Period } from './periods';

const combine = (files: DeskFile[]): CommuneData =>
  files.reduce((data, file) => mergeDeskFile(data, file).data, EMPTY_COMMUNE);

const NOV: Period = { kind: 'month', year: 2026, index: 11 };
const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };
const Y2026: Period = { kind: 'year', year: 2026, index: 1 };

// Bàn Hộ tịch (Lan): Oct and Nov. Bàn Đất đai (Minh): Sep, Oct, Nov. Bàn Tổng hợp: Nov only.
const files = [
  deskFileOf(1, 'Bàn Hộ tịch', [
    deskMonth('2026-10', { seen: 30, returned: 25, onTime: 24, birth: 4, condolence: 1, greeted: 30, thanked: 20 }),
    deskMonth('2026-11', {
      seen: 40,
      returned: 36,
      onTime: 35,
      birth: 6,
      marriage: 2,
      apology: 1,
      greeted: 38,
      asked: 12,
      thanked: 30,
      apologised: 1,
    }),
  ]),
  deskFileOf(2, 'Bàn Đất đai', [
    deskMonth('2026-09', { seen: 10, returned: 10, onTime: 10 }),
    deskMonth('2026-10', { seen: 20, returned: 15, onTime: 12, apology: 3, greeted: 15 }),
    deskMonth('2026-11', { seen: 25, returned: 20, onTime: 20, thanks: 1, greeted: 22, asked: 5, thanked: 18 }),
  ]),
  deskFileOf(3, 'Bàn Tổng hợp', [deskMonth('2026-11', { seen: 5, returned: 4, onTime: 3, condolence: 1, greeted: 5 })]),
];
const data = combine(files);

describe('the commune report by period', () => {
  it('a month: each desk that sent it, by name, and a total that is their sum', () => {
    const report = communeReport(data, NOV);
    expect(report.label).toBe('tháng 11 năm 2026');
    expect(report.desks.map((d) => d.label)).toEqual(['Bàn Đất đai', 'Bàn Hộ tịch', 'Bàn Tổng hợp']);
    expect(report.total).toEqual(figuresOf(report.desks.map((d) => d.figures)));
    expect(report.total.dossiersSeen).toBe(70);
    expect(report.total.returned).toBe(60);
    expect(report.total.returnedOnTime).toBe(58);
    expect(report.total.onTimeShare).toBeCloseTo(58 / 60);
    expect(report.total.lettersTotal).toBe(6 + 2 + 1 + 1 + 1);
    expect(report.total.apologies).toBe(1);
    expect(report.total.courtesyTotal).toBe(38 + 12 + 30 + 1 + 22 + 5 + 18 + 5);
  });

  it('a quarter adds up its months, desk by desk, and notes the months a desk has not sent', () => {
    const report = communeReport(data, Q4);
    expect(report.label).toBe('quý IV năm 2026');
    const hoTich = report.desks.find((d) => d.id === deskId(1));
    expect(hoTich?.months).toEqual(['2026-10', '2026-11']);
    expect(hoTich?.figures.dossiersSeen).toBe(70);
    expect(hoTich?.figures.letters['birth-congratulation']).toBe(10);
    expect(report.total.dossiersSeen).toBe(30 + 40 + 20 + 25 + 5);
    // September is in quarter III, not here.
    expect(report.desks.find((d) => d.id === deskId(2))?.months).toEqual(['2026-10', '2026-11']);
    expect(report.gaps).toEqual([{ label: 'Bàn Tổng hợp', months: ['2026-10'] }]);
    expect(report.previous.label).toBe('quý III năm 2026');
    expect(report.previous.total.dossiersSeen).toBe(10);
    expect(report.previous.desks).toBe(1);
  });

  it('a year adds up every month of it', () => {
    const report = communeReport(data, Y2026);
    expect(report.label).toBe('năm 2026');
    expect(report.total.dossiersSeen).toBe(130);
    expect(report.desks.find((d) => d.id === deskId(2))?.byMonth.map((m) => m.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(report.previous.desks).toBe(0);
  });

  it('30 desks × 12 months: the total of a year is the sum of its desks', () => {
    const big = combine(manyDeskFiles(30, 12));
    const report = communeReport(big, Y2026);
    expect(report.desks).toHaveLength(30);
    const sum = report.desks.reduce((n, d) => n + d.figures.dossiersSeen, 0);
    expect(report.total.dossiersSeen).toBe(sum);
    expect(report.total).toEqual(figuresOf(report.desks.map((d) => d.figures)));
  });

  it('tells two desks with the same name apart by a short id', () => {
    const twins = combine([
      deskFileOf(7, 'Bàn 1', [deskMonth('2026-11')]),
      deskFileOf(8, 'bàn 1', [deskMonth('2026-11')]),
    ]);
    expect(communeReport(twins, NOV).desks.map((d) => d.label)).toEqual([
      'Bàn 1 (mã 00000000-0000-4000-8000-000000000007)',
      'bàn 1 (mã 00000000-0000-4000-8000-000000000008)',
    ]);
    const random = combine([
      {
        ...deskFileOf(1, 'Bàn 1', [deskMonth('2026-11')]),
        desk: { id: '5c1b7a0e-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Bàn 1' },
      },
      {
        ...deskFileOf(2, 'Bàn 1', [deskMonth('2026-11')]),
        desk: { id: '9f03d2c1-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Bàn 1' },
      },
      deskFileOf(3, 'Bàn 2', [deskMonth('2026-11')]),
    ]);
    expect(communeReport(random, NOV).desks.map((d) => d.label)).toEqual([
      'Bàn 1 (mã 5c1b7a)',
      'Bàn 1 (mã 9f03d2)',
      'Bàn 2',
    ]);
  });

  it('a period nobody sent has no desks and a zero total', () => {
    const report = communeReport(data, { kind: 'month', year: 2025, index: 1 });
    expect(report.desks).toEqual([]);
    expect(report.total.onTimeShare).toBeNull();
    expect(summarySentences(report)).toEqual(['Chưa có số liệu của bàn nào trong tháng 01 năm 2025.']);
  });
});

describe('the summary in plain Vietnamese', () => {
  it('writes numbers and lists as Vietnamese do', () => {
    expect(vnCount(1234567)).toBe('1.234.567');
    expect(vnCount(12)).toBe('12');
    expect(vnPercent(58 / 60)).toBe('96,7%');
    expect(vnPercent(1)).toBe('100,0%');
    expect(joinVi(['A'])).toBe('A');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
  });

  it('says what the month did, what rose and fell since the month before, and which desk printed most', () => {
    expect(summarySentences(communeReport(data, NOV))).toEqual([
      'Trong tháng 11 năm 2026, 3 bàn tiếp nhận đã xem 70 hồ sơ; trả kết quả 60 hồ sơ, trong đó 58 hồ sơ đúng hẹn (đạt 96,7%).',
      'Đã in 11 thư, phiếu: 6 thư chúc mừng khai sinh, 2 thư chúc mừng kết hôn, 1 thư chia buồn, 1 giấy cảm ơn và 1 phiếu xin lỗi.',
      'Cán bộ ghi nhận 131 lượt thực hiện “4 xin” (xin chào 65, xin phép 17, xin cảm ơn 48, xin lỗi 1).',
      'So với tháng 10 năm 2026, số hồ sơ đã xem tăng 20 (từ 50 lên 70); số hồ sơ trả đúng hẹn tăng 22 (từ 36 lên 58); số thư, phiếu đã in tăng 3 (từ 8 lên 11); số lượt “4 xin” tăng 66 (từ 65 lên 131); tỷ lệ trả đúng hẹn tăng 6,7 điểm phần trăm (từ 90,0% lên 96,7%); số phiếu xin lỗi giảm 2 (từ 3 xuống 1).',
      'Bàn in nhiều thư, phiếu nhất: Bàn Hộ tịch (9 thư, phiếu).',
      'Bàn có tỷ lệ trả đúng hẹn cao nhất: Bàn Đất đai (100,0%, 20/20 hồ sơ).',
    ]);
  });

  it('says what stayed the same, names tied desks, and the months not sent', () => {
    const tied = combine([
      deskFileOf(1, 'Bàn A', [
        deskMonth('2026-10', { seen: 5, returned: 4, onTime: 4, birth: 2 }),
        deskMonth('2026-11', { seen: 5, returned: 4, onTime: 4, birth: 2 }),
      ]),
      deskFileOf(2, 'Bàn B', [deskMonth('2026-11', { seen: 3, returned: 2, onTime: 2, apology: 2 })]),
    ]);
    const quarter = summarySentences(communeReport(tied, Q4));
    expect(quarter).toContain('Chưa có số liệu quý III năm 2026 để so sánh.');
    expect(quarter).toContain('Bàn in nhiều thư, phiếu nhất: Bàn A (4 thư, phiếu).');
    expect(quarter).toContain('Các bàn có tỷ lệ trả đúng hẹn cao nhất: Bàn A và Bàn B (100,0%).');
    expect(quarter).toContain('Chưa có số liệu của: Bàn B (tháng 10/2026).');
    const month = summarySentences(communeReport(tied, NOV));
    expect(month).toContain(
      'So với tháng 10 năm 2026, số hồ sơ đã xem tăng 3 (từ 5 lên 8); số hồ sơ trả đúng hẹn tăng 2 (từ 4 lên 6); số thư, phiếu đã in tăng 2 (từ 2 lên 4); số phiếu xin lỗi tăng 2 (từ 0 lên 2); không đổi: số lượt “4 xin” (0) và tỷ lệ trả đúng hẹn (100,0%).',
    );
    expect(month).toContain('Chưa ghi nhận lượt thực hiện “4 xin” nào.');
    expect(month).toContain('Các bàn in nhiều thư, phiếu nhất: Bàn A và Bàn B (mỗi bàn 2 thư, phiếu).');
  });

  it('with one desk compares nothing between desks', () => {
    const one = summarySentences(communeReport(combine(files.slice(2)), NOV));
    expect(one.some((s) => s.startsWith('Bàn in nhiều'))).toBe(false);
    expect(one[0]).toBe(
      'Trong tháng 11 năm 2026, 1 bàn tiếp nhận đã xem 5 hồ sơ; trả kết quả 4 hồ sơ, trong đó 3 hồ sơ đúng hẹn (đạt 75,0%).',
    );
  });
});

describe('the report as a table, CSV and workbook', () => {
  const report = communeReport(data, Q4);

  it('puts figures down and desks across, the total last', () => {
    const rows = communeTableRows(report);
    expect(rows[0]).toEqual(['Chỉ tiêu', 'Bàn Đất đai', 'Bàn Hộ tịch', 'Bàn Tổng hợp', 'Tổng cộng']);
    expect(rows.find((r) => r[0] === 'Hồ sơ đã xem')).toEqual(['Hồ sơ đã xem', 45, 70, 5, 120]);
    expect(rows.find((r) => r[0] === 'Tỷ lệ đúng hẹn (%)')).toEqual(['Tỷ lệ đúng hẹn (%)', 91.4, 96.7, 75, 94]);
    expect(rows.find((r) => r[0] === 'Tổng lượt “4 xin”')?.at(-1)).toBe(report.total.courtesyTotal);
  });

  it('writes a CSV that Excel opens as UTF-8', () => {
    const csv = communeCsv(report);
    expect(csv.startsWith('\uFEFFKỳ báo cáo,quý IV năm 2026\r\n')).toBe(true);
    expect(csv).toContain('Chỉ tiêu,Bàn Đất đai,Bàn Hộ tịch,Bàn Tổng hợp,Tổng cộng\r\n');
    expect(csv).toContain('Hồ sơ đã xem,45,70,5,120\r\n');
    expect(csv).toContain('"Tổng số thư, phiếu đã in",');
  });

  it('gives the workbook a total sheet and one sheet per desk, its months side by side', () => {
    const sheets = communeSheets(report);
    expect(sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Bàn Đất đai', 'Bàn Hộ tịch', 'Bàn Tổng hợp']);
    const hoTich = report.desks.find((d) => d.id === deskId(1));
    if (!hoTich) throw new Error('no desk');
    const rows = deskSheetRows(report, hoTich);
    expect(rows[4]).toEqual(['Chỉ tiêu', 'Tháng 10/2026', 'Tháng 11/2026', 'Cả kỳ']);
    expect(rows.find((r) => r[0] === 'Hồ sơ đã xem')).toEqual(['Hồ sơ đã xem', 30, 40, 70]);
    const month = communeReport(data, NOV);
    const single = month.desks[0];
    if (!single) throw new Error('no desk');
    expect(deskSheetRows(month, single)[4]).toEqual(['Chỉ tiêu', 'Số liệu']);
  });

  it('lists the dossier codes a desk sent, and none when it sent none', () => {
    const withCodes = combine([deskFileOf(1, 'Bàn 1', [deskMonth('2026-11', { seen: 2, codes: ['H56-1', 'H56-2'] })])]);
    const month = communeReport(withCodes, NOV);
    const desk = month.desks[0];
    if (!desk) throw new Error('no desk');
    expect(deskSheetRows(month, desk).slice(-3)).toEqual([
      ['Mã hồ sơ đã xem', 'Tháng'],
      ['H56-1', '11/2026'],
      ['H56-2', '11/2026'],
    ]);
    const noCodes = communeReport(data, NOV).desks[0];
    if (!noCodes) throw new Error('no desk');
    expect(deskSheetRows(communeReport(data, NOV), noCodes).flat()).not.toContain('Mã hồ sơ đã xem');
  });
});
