// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readLabels } from './label-reader';

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const read = (html: string) => readLabels(body(html));

describe('readLabels: label → value pairs in every layout', () => {
  it.each([
    ['div grid', '<div class="row"><div class="col">Mã hồ sơ:</div><div class="col">HS-1</div></div>'],
    ['table th/td', '<table><tr><th>Mã hồ sơ</th><td>HS-1</td></tr></table>'],
    ['table td/td', '<table><tr><td>Mã hồ sơ</td><td>HS-1</td></tr></table>'],
    ['two pairs in one row', '<table><tr><th>Trạng thái</th><td>X</td><th>Mã hồ sơ</th><td>HS-1</td></tr></table>'],
    ['definition list', '<dl><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>'],
    ['definition list with two terms', '<dl><dt>Số hồ sơ</dt><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>'],
    ['label then span', '<div><label>Mã hồ sơ</label><span>HS-1</span></div>'],
    ['label for a read-only input', '<label for="a">Mã hồ sơ</label><input id="a" readonly value="HS-1">'],
    [
      'label after its input (Material)',
      '<input id="m" value="HS-1"><span><label for="m"><mat-label>Mã hồ sơ</mat-label></label></span>',
    ],
    ['input wrapped with its label', '<label>Mã hồ sơ <input value="HS-1"></label>'],
    ['bold label in a paragraph', '<p><b>Mã hồ sơ:</b> HS-1</p>'],
    ['one line of text', '<p>Mã hồ sơ: HS-1</p>'],
    ['text label, value in the next element', '<li>Mã hồ sơ: <strong>HS-1</strong></li>'],
    ['several lines in one element', '<div>Trạng thái: Mới<br>Mã hồ sơ: HS-1<br>Chủ hồ sơ: A</div>'],
    ['pairs on one line', '<p>Trạng thái: Mới — Mã hồ sơ: HS-1 | Chủ hồ sơ: A</p>'],
    [
      'label wrapped in its own cell',
      '<div class="r"><div class="c"><span>Mã hồ sơ</span></div><div class="c">HS-1</div></div>',
    ],
    ['label with a required mark', '<label>Mã hồ sơ <span class="req">(*)</span>:</label><span>HS-1</span>'],
    ['NFD label', '<dl><dt>Ma\u0303 ho\u0302\u0300 so\u031b</dt><dd>HS-1</dd></dl>'],
    ['nbsp in the label', '<dl><dt>Mã&nbsp;hồ&nbsp;sơ&nbsp;:</dt><dd>HS-1</dd></dl>'],
  ])('%s', (_title, html) => expect(read(html).all.code).toBe('HS-1'));

  it('keeps the first non-empty value of a repeated label', () => {
    const { all } = read(
      '<dl><dt>Chủ hồ sơ</dt><dd> </dd><dt>Chủ hồ sơ</dt><dd>A</dd><dt>Người nộp</dt><dd>B</dd></dl>',
    );
    expect(all.applicantName).toBe('A');
  });

  it.each([
    ['another label', '<dl><dt>Mã hồ sơ</dt><dd>Trạng thái</dd></dl>'],
    [
      'the next row of a grid whose value is empty',
      '<div class="row"><div>Email:</div><div></div></div><div class="row"><div>Địa chỉ:</div><div>Ấp 1</div></div>',
    ],
    ['the next menu item', '<ul><li><span>Email</span></li><li><span>Hỏi đáp</span></li></ul>'],
    ['a link', '<a href="#">Email</a><a href="#">Tra cứu</a>'],
  ])('never takes %s as a value', (_title, html) =>
    expect(read(html).all.email ?? read(html).all.code).toBeUndefined(),
  );

  it('takes a code only when it looks like one', () => {
    const { all } = read(
      '<label for="q">Mã hồ sơ</label><span>Tra cứu</span><dl><dt>Mã hồ sơ</dt><dd>HS-2026-1</dd></dl>',
    );
    expect(all.code).toBe('HS-2026-1');
  });

  it('returns markup in values as plain text and skips scripts and styles', () => {
    const { all } = read(
      '<dl><dt>Chủ hồ sơ</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd><dt>Email</dt><dd>a@b.vn<script>x()</script><style>p{}</style></dd></dl>',
    );
    expect(all.applicantName).toBe('<img src=x onerror=alert(1)>');
    expect(all.email).toBe('a@b.vn');
  });

  it('skips navigation, footers and hidden parts: the agency’s own address is not the applicant’s', () => {
    const { all } = read(
      '<nav><span>Thủ tục</span><span>Hỏi đáp</span></nav><div hidden>Mã hồ sơ: HS-0</div><p>Mã hồ sơ: HS-1</p><footer>Địa chỉ: Số 1 Lê Lợi</footer><div role="contentinfo">Điện thoại: 1900</div>',
    );
    expect(all).toEqual({ code: 'HS-1' });
  });

  it('caps a runaway value', () => {
    expect(read(`<dl><dt>Địa chỉ</dt><dd>${'Ấp Tân Hòa, '.repeat(1000)}</dd></dl>`).all.address).toHaveLength(500);
  });
});

describe('readLabels: whose field it is', () => {
  it('follows section titles: headings, legends, full-width table rows', () => {
    const reading = read(`
      <h3>Thông tin người nộp</h3><div class="row"><div>Họ và tên:</div><div>Trần Văn Hùng</div></div>
      <div class="row"><div>Giới tính:</div><div>Nam</div></div>
      <fieldset><legend>Thông tin người mẹ</legend><table><tr><th>Họ, chữ đệm, tên</th><td>Lê Thị Thu</td></tr>
      <tr><th>Số điện thoại</th><td>0900</td></tr></table></fieldset>
      <table><tr><th colspan="2">Người được khai sinh</th></tr><tr><th>Họ, chữ đệm, tên</th><td>Trần Minh Khôi</td></tr>
      <tr><th>Giới tính</th><td>Nam</td></tr></table>
      <p>Số điện thoại: 0912</p>`);
    expect(reading.subjects.applicant).toEqual({ personName: 'Trần Văn Hùng', gender: 'Nam' });
    expect(reading.subjects.other).toEqual({ personName: 'Lê Thị Thu', phone: '0900' });
    expect(reading.subjects.child).toEqual({ personName: 'Trần Minh Khôi', gender: 'Nam' });
    // After the child's table ends, fields are the record's again.
    expect(reading.record).toEqual({ phone: '0912' });
  });

  it('follows name labels on a flat page', () => {
    const reading = read(
      '<dl><dt>Họ tên chồng</dt><dd>An</dd><dt>Ngày sinh</dt><dd>01/01/1995</dd><dt>Họ tên vợ</dt><dd>Bình</dd><dt>Ngày sinh</dt><dd>02/02/1996</dd></dl>',
    );
    expect(reading.all).toMatchObject({ husbandName: 'An', wifeName: 'Bình', birthDate: '01/01/1995' });
    expect(reading.subjects.husband).toMatchObject({ birthDate: '01/01/1995' });
    expect(reading.subjects.wife).toMatchObject({ birthDate: '02/02/1996' });
  });

  it('keeps a field label styled as a title a label', () => {
    const reading = read('<h3>Thông tin người nộp</h3><div class="field-title">Giới tính</div><div>Nữ</div>');
    expect(reading.subjects.applicant).toEqual({ gender: 'Nữ' });
  });
});

describe('readLabels: big pages', () => {
  it('reads a field behind half a megabyte of text on each side', () => {
    const filler = `<p>${'Nội dung hướng dẫn thủ tục. '.repeat(20_000)}</p>`.repeat(1);
    expect(read(`${filler}<dl><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>${filler}`).all.code).toBe('HS-1');
  });

  it('reads a 2,000-row table and a deep tree', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i}</td><td>Đăng ký khai sinh</td></tr>`).join('');
    const deep = `${'<div>'.repeat(400)}Mã hồ sơ: HS-9${'</div>'.repeat(400)}`;
    const root = body(`<table>${rows}</table>${deep}`);
    expect(readLabels(root).all.code).toBe('HS-9');
  });
});
