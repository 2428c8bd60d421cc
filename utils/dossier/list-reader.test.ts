// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readList, readLists } from './list-reader';
import { body, first } from './test-pages';

const HEAD =
  '<thead><tr><th>STT</th><th>Ngày hẹn trả</th><th>Mã hồ sơ</th><th>Thủ tục</th><th>Chủ hồ sơ</th><th>Tình trạng</th></tr></thead>';

describe('readList', () => {
  it('maps columns by their header text, in any order', () => {
    const table = first(
      `<table>${HEAD}<tbody><tr><td>1</td><td>26/11/2026 16:00</td><td><a href="#">000.17.22.H56-261124-0001</a></td><td>Đăng ký khai tử</td><td>Nguye\u0302\u0303n An</td><td>Đang xử lý</td></tr></tbody></table>`,
    );
    const [row, ...rest] = readList(table);
    expect(rest).toEqual([]);
    expect(row?.row.localName).toBe('tr');
    expect(row?.summary).toEqual({
      code: '000.17.22.H56-261124-0001',
      procedureName: 'Đăng ký khai tử',
      kind: 'death',
      status: 'processing',
      statusText: 'Đang xử lý',
      applicantName: 'Nguyễn An',
      dueAt: '2026-11-26T16:00:00+07:00',
    });
  });

  it.each([
    ['a pager row', '<tr><td colspan="6">Trang 1/3</td></tr>'],
    ['an empty-state row', '<tr><td colspan="6">Không có dữ liệu</td></tr>'],
    ['a group row', '<tr><td></td><td></td><td>Lĩnh vực Hộ tịch</td></tr>'],
  ])('skips %s', (_title, html) => expect(readList(first(`<table>${HEAD}<tbody>${html}</tbody></table>`))).toEqual([]));

  it('ignores a table without a code column and rows of a nested table', () => {
    expect(readList(first('<table><tr><th>Tên</th></tr><tr><td>000.17.22.H56-261124-0001</td></tr></table>'))).toEqual(
      [],
    );
    const nested = `<table>${HEAD}<tbody><tr><td colspan="6"><table><tbody><tr><td>1</td><td></td><td>000.17.22.H56-261124-0009</td></tr></tbody></table></td></tr></tbody></table>`;
    expect(readList(first(nested))).toEqual([]);
  });

  it('reads a header in the first body row', () => {
    const table = first(
      '<table><tr><th>Mã hồ sơ</th><th>Trạng thái</th></tr><tr><td>HS-2026-0001</td><td>Quá hạn</td></tr></table>',
    );
    expect(readList(table).map((r) => r.summary.status)).toEqual(['overdue']);
  });
});

const summaries = (html: string) => readLists(body(html)).map((r) => r.summary);
const pick = (html: string) => summaries(html).map((s) => [s.code, s.dueAt, s.status]);

const C1 = '000.00.31.H01-261120-0001';
const C2 = 'H01.31-261121-0002';
const C3 = '09.H44.261122.00103';
const C4 = 'TP01-CX-V8A1PC';

describe('readLists: any grid of rows, columns confirmed by their content', () => {
  it.each([
    [
      'body rows with an extra checkbox and index cell the header lacks',
      `<table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr><td><input type="checkbox"></td><td>1</td><td>${C1}</td><td>Đăng ký khai sinh</td><td>30/11/2026 16:30:00</td><td>Đang xử lý</td></tr>
      <tr><td><input type="checkbox"></td><td>2</td><td>${C2}</td><td>Đăng ký kết hôn</td><td>01/12/2026</td><td>Đã trả kết quả</td></tr></tbody></table>`,
    ],
    [
      'a header with an extra column the body lacks',
      `<table><thead><tr><th>#</th><th>Chọn</th><th>Mã hồ sơ</th><th>Thủ tục</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr><td>1</td><td>${C1}</td><td>Đăng ký khai sinh</td><td>30/11/2026 16:30:00</td><td>Đang xử lý</td></tr>
      <tr><td>2</td><td>${C2}</td><td>Đăng ký kết hôn</td><td>01/12/2026</td><td>Đã trả kết quả</td></tr></tbody></table>`,
    ],
    [
      'td > div > span wrappers, &nbsp; padding rows and a progress-bar second header row',
      `<table class="v-datatable v-table"><thead><tr><th role="columnheader">Mã hồ sơ<i class="v-icon material-icons">arrow_upward</i></th><th role="columnheader">Thủ tục</th><th role="columnheader">Ngày hẹn trả<i class="v-icon material-icons">arrow_upward</i></th><th role="columnheader">Trạng thái</th></tr>
      <tr class="v-datatable__progress"><th colspan="4" class="column"><div class="v-progress-linear"></div></th></tr></thead><tbody>
      <tr><td><div><span>${C1}</span></div></td><td><div><span>Đăng ký khai sinh</span></div></td><td><div><span>30/11/2026 16:30:00</span></div></td><td><div><span>Đang xử lý</span></div></td></tr>
      <tr><td><div><span>${C2}</span></div></td><td><div><span>Đăng ký kết hôn</span></div></td><td><div><span>01/12/2026</span></div></td><td><div><span>Đã trả kết quả</span></div></td></tr>
      <tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table>`,
    ],
    [
      'a Material flex table',
      `<mat-table role="table"><mat-header-row role="row"><mat-header-cell role="columnheader">Mã hồ sơ</mat-header-cell><mat-header-cell>Thủ tục</mat-header-cell><mat-header-cell>Ngày hẹn trả</mat-header-cell><mat-header-cell>Trạng thái</mat-header-cell></mat-header-row>
      <mat-row role="row"><mat-cell>${C1}</mat-cell><mat-cell>Đăng ký khai sinh</mat-cell><mat-cell>30/11/2026 16:30:00</mat-cell><mat-cell>Đang xử lý</mat-cell></mat-row>
      <mat-row role="row"><mat-cell>${C2}</mat-cell><mat-cell>Đăng ký kết hôn</mat-cell><mat-cell>01/12/2026</mat-cell><mat-cell>Đã trả kết quả</mat-cell></mat-row></mat-table>`,
    ],
    [
      'a grid of divs with ARIA roles',
      `<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">Mã hồ sơ</div><div role="columnheader">Thủ tục</div><div role="columnheader">Ngày hẹn trả</div><div role="columnheader">Trạng thái</div></div></div>
      <div role="rowgroup"><div role="row"><div role="gridcell">${C1}</div><div role="gridcell">Đăng ký khai sinh</div><div role="gridcell">30/11/2026 16:30:00</div><div role="gridcell">Đang xử lý</div></div>
      <div role="row"><div role="gridcell">${C2}</div><div role="gridcell">Đăng ký kết hôn</div><div role="gridcell">01/12/2026</div><div role="gridcell">Đã trả kết quả</div></div></div></div>`,
    ],
    [
      'rows of divs in no marked container',
      `<div class="list"><div class="head" role="row"><span role="columnheader">Mã hồ sơ</span><span role="columnheader">Thủ tục</span><span role="columnheader">Ngày hẹn trả</span><span role="columnheader">Trạng thái</span></div>
      <div role="row"><span>${C1}</span><span>Đăng ký khai sinh</span><span>30/11/2026 16:30:00</span><span>Đang xử lý</span></div>
      <div role="row"><span>${C2}</span><span>Đăng ký kết hôn</span><span>01/12/2026</span><span>Đã trả kết quả</span></div></div>`,
    ],
    [
      'a header in a table of its own (jqGrid, Kendo)',
      `<div class="grid"><div class="grid-header"><table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead></table></div>
      <div class="grid-content"><table><tbody><tr><td>${C1}</td><td>Đăng ký khai sinh</td><td>30/11/2026 16:30:00</td><td>Đang xử lý</td></tr>
      <tr><td>${C2}</td><td>Đăng ký kết hôn</td><td>01/12/2026</td><td>Đã trả kết quả</td></tr></tbody></table></div></div>`,
    ],
    [
      'a header written in the first body row',
      `<table><tr class="header"><td><b>Mã hồ sơ</b></td><td><b>Thủ tục</b></td><td><b>Ngày hẹn trả</b></td><td><b>Trạng thái</b></td></tr>
      <tr><td>${C1}</td><td>Đăng ký khai sinh</td><td>30/11/2026 16:30:00</td><td>Đang xử lý</td></tr>
      <tr><td>${C2}</td><td>Đăng ký kết hôn</td><td>01/12/2026</td><td>Đã trả kết quả</td></tr></table>`,
    ],
    [
      'a two-row header (a group cell over the dates)',
      `<table><thead><tr><th rowspan="2">STT</th><th rowspan="2">Mã hồ sơ</th><th rowspan="2">Thủ tục</th><th colspan="2">Thời gian</th><th rowspan="2">Trạng thái</th></tr>
      <tr><th>Ngày nhận</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>1</td><td>${C1}</td><td>Đăng ký khai sinh</td><td>25/11/2026</td><td>30/11/2026 16:30:00</td><td>Đang xử lý</td></tr>
      <tr><td>2</td><td>${C2}</td><td>Đăng ký kết hôn</td><td>26/11/2026</td><td>01/12/2026</td><td>Đã trả kết quả</td></tr></tbody></table>`,
    ],
  ])('%s', (_title, html) => {
    expect(pick(html)).toEqual([
      [C1, '2026-11-30T16:30:00+07:00', 'processing'],
      [C2, '2026-12-01', 'returned'],
    ]);
  });

  it('reads codes of every shape, followed by notes or inside links', () => {
    const rows = [C1, C2, C3, C4].map(
      (code, i) =>
        `<tr><td>${i + 1}</td><td><a href="/hs/${i}">${code}</a><br><small>Hồ sơ nộp trực tuyến</small></td><td>Đăng ký khai sinh</td><td>0${i + 1}/12/2026</td></tr>`,
    );
    const html = `<table><thead><tr><th>STT</th><th>Số hồ sơ</th><th>Thủ tục</th><th>Hẹn trả</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    expect(summaries(html).map((s) => s.code)).toEqual([C1, C2, C3, C4]);
  });

  it('reads codes of an unknown shape only under a code header', () => {
    const rows =
      '<tbody><tr><td>BN2026/0001</td><td>30/11/2026</td></tr><tr><td>BN2026/0002</td><td>01/12/2026</td></tr></tbody>';
    expect(
      summaries(`<table><thead><tr><th>Số biên nhận</th><th>Ngày hẹn trả</th></tr></thead>${rows}</table>`),
    ).toHaveLength(2);
    expect(summaries(`<table><thead><tr><th>Ghi chú</th><th>Ngày hẹn trả</th></tr></thead>${rows}</table>`)).toEqual(
      [],
    );
  });

  it('reads an older system’s report: receipt serials under "Số HS", one table per procedure under its title', () => {
    const table = (rows: string) =>
      `<table class="adminlist"><thead><tr><th>STT</th><th>Số HS</th><th>Đơn vị cá nhân</th><th>Ngày TN</th><th>Ngày hẹn trả</th><th>Ngày trả thực tế</th></tr></thead><tbody>${rows}</tbody></table>`;
    const html = `<b>Đăng ký khai sinh</b><br><br>${table(
      '<tr><td>1</td><td>101</td><td>Phạm Văn Tài</td><td>24/11/2026</td><td>25/11/2026</td><td></td></tr><tr><td>2</td><td>102</td><td>Lê Thị Cầm</td><td>22/11/2026</td><td>23/11/2026</td><td>23/11/2026</td></tr>',
    )}<br><b>CHỨNG THỰC CHỮ KÝ TRONG GIẤY TỜ</b><br>${table('<tr><td>1</td><td>104</td><td>Dương Thị Lệ</td><td>23/11/2026</td><td>24/11/2026</td><td></td></tr>')}`;
    expect(summaries(html).map((s) => [s.code, s.procedureName, s.kind, s.dueAt, s.status])).toEqual([
      ['101', 'Đăng ký khai sinh', 'birth', '2026-11-25', 'unknown'],
      // Handed over ("Ngày trả thực tế"): finished.
      ['102', 'Đăng ký khai sinh', 'birth', '2026-11-23', 'returned'],
      ['104', 'Chứng thực chữ ký trong giấy tờ', 'other', '2026-11-24', 'unknown'],
    ]);
    // Bare numbers are codes only under a header that names codes, never an index column.
    expect(summaries(html.replaceAll('Số HS', 'Số tờ'))).toEqual([]);
  });

  it('passes over rows of one spanning cell: an expanded detail row, a group heading', () => {
    const detail = `<table class="mat-table"><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr class="mat-row"><td>${C1}</td><td>24/11/2026</td><td>Đang xử lý</td></tr>
      <tr class="detail-row"><td colspan="3"><div>Mã hồ sơ: ${C1}<br>Người nộp: Lê Thị Mỹ Hạnh<br>Ngày hẹn trả: 30/12/2026</div></td></tr></tbody></table>`;
    expect(summaries(detail).map((s) => [s.code, s.dueAt])).toEqual([[C1, '2026-11-24']]);
    const grouped = `<table><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Chủ hồ sơ</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr><td colspan="5">Thủ tục: Đăng ký khai sinh (1)</td></tr>
      <tr><td>1</td><td>${C1}</td><td>Lê Văn Một</td><td>26/11/2026</td><td>Đang xử lý</td></tr>
      <tr><td colspan="5">Thủ tục: Đăng ký kết hôn (1)</td></tr>
      <tr><td>2</td><td>${C2}</td><td>Lê Văn Hai</td><td>27/11/2026</td><td>Đang xử lý</td></tr></tbody></table>`;
    expect(summaries(grouped).map((s) => [s.code, s.procedureName, s.applicantName])).toEqual([
      [C1, '', 'Lê Văn Một'],
      [C2, '', 'Lê Văn Hai'],
    ]);
  });

  it('reads no dossier from a statistics table that counts dossiers under "Số hồ sơ"', () => {
    const stats = `<table class="table"><thead><tr><th>STT</th><th>Tên thủ tục</th><th>Số hồ sơ</th><th>Đúng hạn</th><th>Quá hạn</th></tr></thead><tbody>
      <tr><td>1</td><td>Đăng ký khai sinh</td><td>12</td><td>11</td><td>1</td></tr>
      <tr><td>2</td><td>Đăng ký kết hôn</td><td>7</td><td>7</td><td>0</td></tr>
      <tr><td></td><td><b>Tổng cộng</b></td><td>19</td><td>18</td><td>1</td></tr></tbody></table>`;
    expect(summaries(stats)).toEqual([]);
    const list = `<table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Ngày hẹn trả</th></tr></thead><tbody><tr><td>${C1}</td><td>Đăng ký khai tử</td><td>30/11/2026</td></tr></tbody></table>`;
    expect(summaries(stats + list).map((s) => s.code)).toEqual([C1]);
  });

  it('takes the procedure of a list page’s heading when its rows name none, and an OpenCPS "Nội dung" column', () => {
    const rows = `<tbody><tr><td>${C4}</td><td>Hồ Văn Lâm</td><td>25/11/2026</td></tr></tbody>`;
    const heading = `<h3>DANH SÁCH HỒ SƠ ĐĂNG KÝ KHAI SINH</h3><table><thead><tr><th>Mã hồ sơ</th><th>Người yêu cầu</th><th>Ngày hẹn trả</th></tr></thead>${rows}</table>`;
    expect(summaries(heading).map((s) => [s.procedureName, s.kind])).toEqual([['Đăng ký khai sinh', 'birth']]);
    const content = `<table><thead><tr><th>Mã hồ sơ</th><th>Nội dung</th><th>Ngày hẹn trả</th></tr></thead><tbody><tr><td>${C2}</td><td>Đăng ký kết hôn</td><td>30/11/2026</td></tr></tbody></table>`;
    expect(summaries(content).map((s) => s.kind)).toEqual(['marriage']);
  });

  it('finds the code column by its codes when the header does not name it', () => {
    const html = `<table><thead><tr><th>Hồ sơ</th><th>Thủ tục</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>Đăng ký khai tử</td><td>30/11/2026</td></tr></tbody></table>`;
    expect(pick(html)).toEqual([[C1, '2026-11-30', 'unknown']]);
  });

  it('finds the status column by its statuses when the header does not name it', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th><th>Xử lý</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>30/11/2026</td><td>Đã trả kết quả</td></tr><tr><td>${C2}</td><td>01/12/2026</td><td>Chờ bổ sung</td></tr></tbody></table>`;
    expect(pick(html).map((r) => r[2])).toEqual(['returned', 'supplement']);
  });

  it('takes "Ngày hẹn trả" before a "Hạn xử lý" column, and never a step’s remaining time', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Hạn xử lý</th><th>Thời hạn</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>27/11/2026</td><td>Còn 6 giờ làm việc</td><td>30/11/2026</td></tr>
      <tr><td>${C2}</td><td>28/11/2026</td><td>Quá hạn 2 ngày</td><td></td></tr></tbody></table>`;
    expect(pick(html).map((r) => r[1])).toEqual(['2026-11-30', undefined]);
  });

  it('reads cells that hold several values, by the header’s parts or the cell’s own labels', () => {
    const html = `<table><thead><tr><th></th><th>STT</th><th>Thủ tục / Chủ hồ sơ</th><th>Mã hồ sơ</th><th>Ngày gửi / Ngày tiếp nhận / Hạn xử lý</th><th>Thông tin</th></tr></thead><tbody>
      <tr><td><input type="checkbox"></td><td>1</td><td><a>Đăng ký khai sinh</a><br>Nguyễn Văn An</td><td>${C1}<br>HS-ONLINE-1</td><td>24/11/2026 07:00<br>25/11/2026 08:00<br>30/11/2026 16:30</td><td>Ngày nộp: 24/11/2026<br>Hẹn trả: 02/12/2026</td></tr>
      <tr><td><input type="checkbox"></td><td>2</td><td><a>Đăng ký kết hôn</a><br>Trần Thị Bình</td><td>${C2}</td><td>24/11/2026<br>25/11/2026</td><td></td></tr></tbody></table>`;
    expect(summaries(html)).toEqual([
      expect.objectContaining({
        code: C1,
        procedureName: 'Đăng ký khai sinh',
        applicantName: 'Nguyễn Văn An',
        receivedAt: '2026-11-25T08:00:00+07:00',
        dueAt: '2026-11-30T16:30:00+07:00',
      }),
      // Two dates under three names: which is missing is unknown, so no due date is guessed.
      expect.not.objectContaining({ dueAt: expect.anything() }),
    ]);
  });

  it('reads headers with a note in brackets; a duration under a due-date header is no date', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Thời hạn giải quyết (ngày)</th><th>Ngày hẹn trả (dự kiến)</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>5</td><td>30/11/2026</td></tr><tr><td>${C2}</td><td>3</td><td>01/12/2026</td></tr></tbody></table>`;
    expect(pick(html).map((r) => r[1])).toEqual(['2026-11-30', '2026-12-01']);
  });

  it('reads values labelled inside cells under a header that names nothing', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Thời gian</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>Ngày nhận: 25/11/2026 08:00<br>Ngày hẹn trả: 30/11/2026 16:30</td></tr>
      <tr><td>${C2}</td><td>Ngày nhận: 26/11/2026<br>Ngày hẹn trả: <i>Không xác định</i></td></tr></tbody></table>`;
    expect(summaries(html).map((s) => [s.receivedAt, s.dueAt])).toEqual([
      ['2026-11-25T08:00:00+07:00', '2026-11-30T16:30:00+07:00'],
      ['2026-11-26', undefined],
    ]);
    const cards = `<table><thead><tr><th>#</th><th>Thông tin hồ sơ</th><th>Tình hình xử lý</th></tr></thead><tbody>
      <tr><td>1</td><td>Mã hồ sơ: ${C3}<br>Thủ tục: Đăng ký khai tử<br>Người nộp: Lê Văn Tám</td><td>Hạn xử lý: 30/11/2026<br>Trạng thái: Đang xử lý</td></tr>
      <tr><td>2</td><td>Mã hồ sơ: ${C4}<br>Thủ tục: Đăng ký kết hôn<br>Người nộp: Đỗ Thị Chín</td><td>Hạn xử lý: 01/12/2026<br>Trạng thái: Đã trả kết quả</td></tr></tbody></table>`;
    expect(summaries(cards)).toEqual([
      expect.objectContaining({
        code: C3,
        procedureName: 'Đăng ký khai tử',
        kind: 'death',
        applicantName: 'Lê Văn Tám',
        dueAt: '2026-11-30',
        status: 'processing',
      }),
      expect.objectContaining({
        code: C4,
        kind: 'marriage',
        dueAt: '2026-12-01',
        status: 'returned',
        statusText: 'Đã trả kết quả',
      }),
    ]);
  });

  it('reads pairs written on one line inside a cell', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Chi tiết</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>Thủ tục: Đăng ký khai sinh Người nộp: Lý Văn Mười Hạn trả kết quả: 30/11/2026 16h30</td></tr></tbody></table>`;
    expect(summaries(html)).toEqual([
      expect.objectContaining({
        procedureName: 'Đăng ký khai sinh',
        applicantName: 'Lý Văn Mười',
        dueAt: '2026-11-30T16:30:00+07:00',
      }),
    ]);
  });

  it('keeps finished rows with their status (they carry no alarm) and skips rows hidden by the page', () => {
    const html = `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr><td>${C1}</td><td>20/11/2026</td><td><span class="chip"><i class="material-icons">check_circle</i> Đã trả kết quả</span></td></tr>
      <tr style="display:none"><td>${C2}</td><td>21/11/2026</td><td>Đang xử lý</td></tr></tbody></table>`;
    expect(summaries(html)).toEqual([
      expect.objectContaining({ code: C1, status: 'returned', statusText: 'Đã trả kết quả' }),
    ]);
  });

  it('reads a list in a full-screen dialog over the page, and not one in a closed dialog', () => {
    const list = (code: string) =>
      `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody><tr><td>${code}</td><td>30/11/2026</td></tr></tbody></table>`;
    const html = `<main>${list(C1)}</main>
      <div class="v-dialog__content"><div class="v-dialog v-dialog--fullscreen" style="display: none;">${list(C3)}</div></div>
      <div class="cdk-overlay-container"><div class="cdk-overlay-pane"><mat-dialog-container>${list(C2)}</mat-dialog-container></div></div>`;
    expect(summaries(html).map((s) => s.code)).toEqual([C1, C2]);
  });

  it('reads 20,000 rows whole', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>000.00.31.H01-261120-${String(i).padStart(5, '0')}</td><td>30/11/2026</td></tr>`,
    ).join('');
    const html = `<table><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>${rows}</tbody></table>`;
    const read = summaries(html);
    expect(read).toHaveLength(20_000);
    expect(read.at(-1)?.code).toBe('000.00.31.H01-261120-19999');
    // jsdom parses and queries a page this big many times slower than a browser: rows are counted, not timed.
  }, 120_000);

  it('is not fooled by a layout table around a list, nor by a table of fields', () => {
    const inner = `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody><tr><td>${C1}</td><td>30/11/2026</td></tr></tbody></table>`;
    expect(summaries(`<table><tr><td>Menu</td><td>${inner}</td></tr></table>`).map((s) => s.code)).toEqual([C1]);
    const fields = `<table><tr><th>Mã hồ sơ</th><td>${C1}</td></tr><tr><th>Ngày hẹn trả</th><td>30/11/2026</td></tr><tr><th>Trạng thái</th><td>Đang xử lý</td></tr></table>`;
    expect(summaries(fields)).toEqual([]);
  });
});
