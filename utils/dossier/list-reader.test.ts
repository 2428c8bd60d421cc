// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readList } from './list-reader';

const first = (html: string) =>
  new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild as Element;

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
