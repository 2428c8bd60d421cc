// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readLabels, shownTitle } from './label-reader';
import { body } from './test-pages';

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
    ['sibling spans with a colon and padding', '<div><span>Mã hồ sơ: </span><span> HS-1 </span></div>'],
    [
      'label cell beside a read-only input',
      '<table><tr><td>Mã hồ sơ</td><td><input readonly value="HS-1"></td></tr></table>',
    ],
    [
      'label cell beside a disabled select',
      '<table><tr><td>Mã hồ sơ</td><td><select disabled><option>HS-0</option><option selected>HS-1</option></select></td></tr></table>',
    ],
    ['a code inside a link', '<table><tr><th>Mã hồ sơ</th><td><a href="/hs/1">HS-1</a></td></tr></table>'],
    ['a code followed by a note', '<dl><dt>Mã hồ sơ</dt><dd>HS-1 <em>(Hồ sơ nộp trực tuyến)</em></dd></dl>'],
    [
      'a Vuetify 1.x text field',
      '<div class="v-input v-text-field v-input--is-readonly"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label class="v-label" for="input-12">Mã hồ sơ</label><input id="input-12" readonly type="text" value="HS-1"></div></div><div class="v-text-field__details"><div class="v-messages"></div></div></div></div>',
    ],
    [
      'a Vuetify 1.x text field without `for`',
      '<div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label class="v-label">Mã hồ sơ</label><input readonly type="text" value="HS-1"></div></div></div></div>',
    ],
    [
      'an Angular Material (MDC) field, label before its input',
      '<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" for="mat-input-3"><mat-label>Mã hồ sơ</mat-label></label><input matinput class="mat-mdc-input-element" id="mat-input-3" readonly value="HS-1"></div></div></div></mat-form-field>',
    ],
    ['a colon cell between label and value', '<table><tr><td>Mã hồ sơ</td><td>:</td><td>HS-1</td></tr></table>'],
    ['a value after a line break in the label’s cell', '<table><tr><td><b>Mã hồ sơ:</b><br>HS-1</td></tr></table>'],
    ['a value element after a line break', '<p><b>Mã hồ sơ:</b><br><span>HS-1</span></p>'],
    [
      'a Bootstrap horizontal form',
      '<div class="form-group row"><label class="col-sm-3 control-label">Mã hồ sơ <span class="text-danger">*</span></label><div class="col-sm-9"><p class="form-control-static">HS-1</p></div></div>',
    ],
    [
      'an icon word inside the label',
      '<div><span><i class="material-icons">folder_open</i> Mã hồ sơ:</span><span>HS-1</span></div>',
    ],
  ])('%s', (_title, html) => expect(read(html).all.code).toBe('HS-1'));

  it('reads a field’s control, not the hint under it (Vuetify’s "DD/MM/YYYY")', () => {
    const doc = body(
      '<label for="">Ngày hẹn trả</label><br><div class="v-menu"><div class="v-input"><input type="text" id="d"><div class="v-messages__message">DD/MM/YYYY</div></div></div>',
    );
    (doc.querySelector('#d') as HTMLInputElement).value = '25/11/2026';
    expect(readLabels(doc).all.dueAt).toBe('25/11/2026');
  });

  it('reads a value that exists only in `input.value`, set by the page’s script', () => {
    const root = body(
      '<label for="c">Mã hồ sơ</label><input id="c" readonly><label for="d">Ngày hẹn trả</label><input id="d">',
    );
    (root.querySelector('#c') as HTMLInputElement).value = 'HS-1';
    (root.querySelector('#d') as HTMLInputElement).value = '30/11/2026 16:30';
    expect(readLabels(root).all).toMatchObject({ code: 'HS-1', dueAt: '30/11/2026 16:30' });
  });

  it.each([
    [
      'an Angular Material select',
      '<mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix"><mat-select id="mat-select-1" role="combobox"><div class="mat-select-trigger"><div class="mat-select-value"><span class="mat-select-value-text"><span>Đang xử lý</span></span></div><div class="mat-select-arrow-wrapper"><div class="mat-select-arrow"></div></div></div></mat-select><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label"><mat-label>Trạng thái</mat-label></label></span></div></div></div></mat-form-field>',
    ],
    [
      'a Vuetify 1.x select',
      '<div class="v-input v-text-field v-select"><div class="v-input__control"><div class="v-input__slot"><div class="v-select__slot"><label class="v-label">Trạng thái</label><div class="v-select__selections"><div class="v-select__selection v-select__selection--comma">Đang xử lý</div><input readonly type="text"></div><div class="v-input__append-inner"><div class="v-input__icon v-input__icon--append"><i class="v-icon material-icons">arrow_drop_down</i></div></div><input type="hidden" value="3"></div></div></div></div>',
    ],
    [
      'a select beside its label',
      '<div><label>Trạng thái</label><select><option>Mới</option><option selected>Đang xử lý</option></select></div>',
    ],
  ])('reads the shown choice of %s', (_title, html) => expect(read(html).all.status).toBe('Đang xử lý'));

  it.each([
    ['an invalid date', '<p>Ngày hẹn trả: Invalid date</p><p>Ngày hẹn trả: 30/11/2026 16:30:00</p>'],
    [
      'a template left unfilled',
      '<p>Ngày hẹn trả: {{dueDate}}</p><dl><dt>Ngày hẹn trả</dt><dd>30/11/2026 16:30:00</dd></dl>',
    ],
    [
      'an empty cell',
      '<table><tr><td>Ngày hẹn trả</td><td></td></tr><tr><td>Ngày hẹn trả</td><td>30/11/2026 16:30:00</td></tr></table>',
    ],
    [
      'a step’s remaining time',
      '<div><span>Ngày hẹn trả:</span><span>Còn 6 giờ làm việc</span></div><p>Ngày hẹn trả: 30/11/2026 16:30:00</p>',
    ],
  ])('a date label holding %s lets the next one through', (_title, html) =>
    expect(read(html).all.dueAt).toBe('30/11/2026 16:30:00'),
  );

  it('reads a receipt’s sentences: the date later on its line, the person the receipt addresses', () => {
    const html =
      '<table><tr><td>Bộ phận tiếp nhận và trả kết quả đã nhận đủ hồ sơ của ông (bà):<b> Lâm Thị Kiều</b></td></tr><tr><td>Ngày nhận hồ sơ: lúc 02:10 ngày <b>25/11/2026</b> có nhận của ông (bà)<b> Lâm Thị Kiều</b></td></tr></table>';
    expect(read(html).all).toMatchObject({
      applicantName: 'Lâm Thị Kiều',
      receivedAt: expect.stringContaining('25/11/2026'),
    });
    // A value that passes its check alone keeps to itself.
    expect(read('<p>Trạng thái: Mới tiếp nhận <a href="#">Xem</a></p>').all.status).toBe('Mới tiếp nhận');
  });

  it('never takes a list’s next column header for a header’s value', () => {
    expect(read('<table><thead><tr><th>Địa chỉ</th><th>Phường</th></tr></thead></table>').all).toEqual({});
  });

  it('a code label holding no code lets the next one through', () => {
    expect(read('<p>Mã hồ sơ: Nhập mã để tra cứu</p><p>Mã hồ sơ: 09.H44.181214.00108</p>').all.code).toBe(
      '09.H44.181214.00108',
    );
  });

  it('takes the due date from "Ngày hẹn trả" before a "Hạn xử lý" that may be a step’s', () => {
    const html =
      '<p>Hạn xử lý: 27/11/2026 10:00</p><p>Thời hạn: Còn 0.5 ngày</p><p>Hạn xử lý bước: 26/11/2026</p><p>Ngày hẹn trả: 30/11/2026</p>';
    expect(read(html).all.dueAt).toBe('30/11/2026');
    expect(read('<p>Hạn xử lý: 27/11/2026 10:00</p><p>Thời hạn: 26/11/2026</p>').all.dueAt).toBe('27/11/2026 10:00');
  });

  it('takes the reception day before the day a citizen filed online, and a procedure before a dossier’s title', () => {
    const html =
      '<dl><dt>Tên hồ sơ</dt><dd>Đăng ký khai tử cho ông A</dd><dt>Ngày nộp</dt><dd>23/11/2026 20:47</dd><dt>Ngày tiếp nhận</dt><dd>24/11/2026 07:52</dd><dt>Loại hồ sơ</dt><dd>Đăng ký khai tử</dd></dl>';
    expect(read(html).all).toMatchObject({ receivedAt: '24/11/2026 07:52', procedureName: 'Đăng ký khai tử' });
    expect(read('<p>Ngày nộp: 23/11/2026</p><p>Tên hồ sơ: Đăng ký lại khai tử</p>').all).toMatchObject({
      receivedAt: '23/11/2026',
      procedureName: 'Đăng ký lại khai tử',
    });
  });

  it.each([
    ['Thời hạn', '<p>Thời hạn: 26/11/2026</p>'],
    ['Hạn xử lý bước', '<p>Hạn xử lý bước: 26/11/2026</p>'],
    ['Còn … giờ làm việc', '<p>Ngày hẹn trả: Còn 6 giờ làm việc</p>'],
    ['Quá hạn … ngày', '<dl><dt>Hạn xử lý</dt><dd>Quá hạn 2 ngày</dd></dl>'],
    ['an empty due date (no set duration)', '<dl><dt>Ngày hẹn trả</dt><dd></dd></dl>'],
    ['an empty field before a step’s pair', '<p><b>Ngày hẹn trả:</b> </p><p><b>Hạn xử lý bước:</b> 26/11/2026</p>'],
  ])('never takes a step deadline or nothing for the due date: %s', (_title, html) =>
    expect(read(html).all.dueAt).toBeUndefined(),
  );

  it('reads each pair of a Bootstrap form group holding two', () => {
    const { all } = read(
      '<div class="form-group"><label>Thủ tục</label><div>Đăng ký khai sinh</div><label>Ngày nhận</label><div>25/11/2026</div></div>',
    );
    expect(all).toMatchObject({ procedureName: 'Đăng ký khai sinh', receivedAt: '25/11/2026' });
  });

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

  it.each([
    ['a Vue tooltip', '<div class="v-tooltip__content" style="display: none;"><span>Mã hồ sơ: HS-0</span></div>'],
    ['a Vue menu', '<div class="v-menu__content menuable__content__active"><p>Mã hồ sơ: HS-0</p></div>'],
    [
      'an Angular describedby container',
      '<div id="cdk-describedby-message-container" class="cdk-visually-hidden" style="visibility: hidden;"><div role="tooltip">Mã hồ sơ: HS-0</div></div>',
    ],
    ['an Angular tooltip', '<div class="cdk-overlay-container"><div class="mat-tooltip">Mã hồ sơ: HS-0</div></div>'],
    ['the hidden attribute', '<section hidden><p>Mã hồ sơ: HS-0</p></section>'],
    ['display:none', '<div style="display:none"><p>Mã hồ sơ: HS-0</p></div>'],
    ['visibility:hidden', '<div style="color: red; visibility: hidden"><p>Mã hồ sơ: HS-0</p></div>'],
    ['aria-hidden', '<div><div aria-hidden="true"><p>Mã hồ sơ: HS-0</p></div></div>'],
    ['a screen-reader copy', '<span class="sr-only">Mã hồ sơ: HS-0</span>'],
    ['a Bootstrap hidden class', '<div class="hidden"><p>Mã hồ sơ: HS-0</p></div>'],
  ])('ignores a hidden copy: %s', (_title, copy) => {
    expect(read(`${copy}<p>Mã hồ sơ: HS-1</p>`).all.code).toBe('HS-1');
  });

  it('reads a page a modal dialog marks aria-hidden (it stays on screen)', () => {
    expect(read('<div aria-hidden="true"><p>Mã hồ sơ: HS-1</p></div>').all.code).toBe('HS-1');
  });

  it('shows a responsive block that is hidden only on phones', () => {
    expect(read('<div class="d-none d-md-block"><p>Mã hồ sơ: HS-1</p></div>').all.code).toBe('HS-1');
  });

  it.each([
    ['Material icons', '<i class="material-icons">star_rate</i>'],
    ['mat-icon', '<mat-icon class="mat-icon">reply</mat-icon>'],
    ['a Vuetify icon', '<i aria-hidden="true" class="v-icon material-icons theme--light">keyboard_arrow_down</i>'],
    ['an icon class on a span', '<span class="icon icon-arrow">keyboard_arrow_down</span>'],
  ])('ignores icon-font words: %s', (_title, icon) => {
    const { all } = read(`<dl><dt>${icon}Chủ hồ sơ</dt><dd>${icon}Nguyễn Văn An ${icon}</dd></dl>`);
    expect(all.applicantName).toBe('Nguyễn Văn An');
  });

  it('keeps italic text that is not an icon', () => {
    expect(read('<dl><dt>Chủ hồ sơ</dt><dd><i>Nguyễn Văn An</i></dd></dl>').all.applicantName).toBe('Nguyễn Văn An');
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

  it('reads people set side by side, one column each (the marriage form’s "Bên nữ | Bên nam")', () => {
    const html =
      '<table><thead><tr><th>Thông tin</th><th>Bên nữ</th><th>Bên nam</th></tr></thead><tbody><tr><th>Họ, chữ đệm, tên</th><td>Lê Thị Tú</td><td>Nguyễn Văn Nam</td></tr><tr><th>Ngày, tháng, năm sinh</th><td>14/02/1997</td><td>03/09/1995</td></tr></tbody></table>';
    expect(read(html).subjects).toEqual({
      wife: { personName: 'Lê Thị Tú', birthDate: '14/02/1997' },
      husband: { personName: 'Nguyễn Văn Nam', birthDate: '03/09/1995' },
    });
  });

  it('ends a person’s fields at a bold line of its own ("Cho người có tên dưới đây")', () => {
    const html =
      '<div><label>Họ, chữ đệm, tên người yêu cầu</label><input value="NGUYỄN THỊ HOA"></div><div><strong>Cho người có tên dưới đây</strong></div><div><label>Giới tính</label><input value="Nam"></div>';
    const reading = read(html);
    expect(reading.subjects.applicant).toEqual({ applicantName: 'NGUYỄN THỊ HOA' });
    expect(reading.record.gender).toBe('Nam');
  });

  it('follows titles of Vuetify cards, each section ending with its card', () => {
    const reading = read(`
      <div class="v-card"><div class="v-card__title">Thông tin người được khai sinh</div>
        <div class="layout"><div class="flex xs4">Họ và tên:</div><div class="flex xs8">Trần Minh Khôi</div></div></div>
      <div class="v-card"><div class="v-card__text"><div class="layout"><div class="flex xs4">Số điện thoại:</div><div class="flex xs8">0912</div></div></div></div>`);
    expect(reading.subjects.child).toEqual({ personName: 'Trần Minh Khôi' });
    expect(reading.record).toEqual({ phone: '0912' });
  });

  it('keeps a field label styled as a title a label', () => {
    const reading = read('<h3>Thông tin người nộp</h3><div class="field-title">Giới tính</div><div>Nữ</div>');
    expect(reading.subjects.applicant).toEqual({ gender: 'Nữ' });
  });
});

describe('readLabels: a procedure named without a label', () => {
  it.each([
    ['an uppercase heading', '<h3>ĐĂNG KÝ KHAI SINH</h3><p>Mã hồ sơ: HS-1</p>', 'ĐĂNG KÝ KHAI SINH'],
    [
      'a header bar beside the page title',
      '<div class="row-header"><div><span>CHI TIẾT HỒ SƠ</span></div><div class="flex">Đăng ký khai sinh</div></div>',
      'Đăng ký khai sinh',
    ],
    [
      'a receipt’s subtitle after a line break',
      '<p><font><b>PHIẾU NHẬN HỒ SƠ</b></font><br><i>Xác nhận tình trạng hôn nhân</i></p>',
      'Xác nhận tình trạng hôn nhân',
    ],
    [
      'a heading that says more around it',
      '<h2>CHI TIẾT HỒ SƠ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH</h2>',
      'CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH',
    ],
    ['not a plain line that says more', '<div>Chi tiết hồ sơ cấp bản sao trích lục hộ tịch</div>', undefined],
    ['not a menu link', '<nav></nav><div><a href="/ks">Đăng ký khai sinh mới</a></div>', undefined],
    [
      'not a grid’s value',
      '<table><tr><td>Bước</td><td>Liên thông xóa đăng ký thường trú</td></tr></table>',
      undefined,
    ],
    ['not words inside a sentence', '<p>Đã nhận hồ sơ <b>Đăng ký khai sinh</b> của ông A</p>', undefined],
    ['not a list of the dossier’s papers', '<div>1. Tờ khai đăng ký khai sinh</div>', undefined],
  ])('%s', (_, html, title) => expect(shownTitle(read(html))).toBe(title));
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
