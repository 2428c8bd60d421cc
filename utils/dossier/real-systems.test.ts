// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../tests/portal/load-page';
import { readDossier, readListRows } from '.';

/**
 * Pages shaped like the one-stop systems officers use (DOMAIN.md, "What real one-stop systems' pages look like"):
 * their element structure, framework classes, hidden copies and icon words, on URLs no adapter was written for.
 */
const page = (html: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

const VUE_TOOLTIPS = `
  <div class="v-tooltip__content" style="left: 0px; top: 0px; z-index: 0; display: none;"><span>Ngày hẹn trả: 01/01/1970 07:00:00</span></div>
  <div class="v-menu__content theme--light menuable__content__active" style="display: none;"><div class="v-list"><div class="v-list__tile__title">Đã trả kết quả</div><div class="v-list__tile__title">Mã hồ sơ: 000.00.31.H01-250101-9999</div></div></div>`;

const vuetifyDetail = `
<div data-app="true" id="app" class="application theme--light">
  <aside class="v-navigation-drawer"><div class="v-list"><a class="v-list__tile">Hồ sơ chờ xử lý (12)</a><a class="v-list__tile">Trạng thái hồ sơ</a></div></aside>
  <main class="v-content"><div class="v-content__wrap"><div class="container fluid">
    <div class="v-card"><div class="v-card__title"><i aria-hidden="true" class="v-icon material-icons">reply</i> Quay lại</div>
    <div class="layout wrap">
      <div class="flex xs12 sm3"><div class="pl-2 py-1">Mã hồ sơ:</div></div>
      <div class="flex xs12 sm9"><div class="pl-2 py-1"><span class="text-bold">000.00.31.H01-261124-0007</span> <span class="red--text">(Hồ sơ nộp trực tuyến)</span></div></div>
      <div class="flex xs12 sm3"><div class="pl-2 py-1">Thủ tục:</div></div>
      <div class="flex xs12 sm9"><div class="pl-2 py-1"><span>Đăng ký khai tử</span></div></div>
      <div class="flex xs12 sm3"><div class="pl-2 py-1">Chủ hồ sơ:</div></div>
      <div class="flex xs12 sm9"><div class="pl-2 py-1"><span class="v-tooltip v-tooltip--bottom"><span>Nguyễn Thị Mai</span></span></div></div>
      <div class="flex xs12 sm3"><span>Ngày tiếp nhận: </span></div>
      <div class="flex xs12 sm9"><span> 24/11/2026 08:15:00</span></div>
      <div class="flex xs12 sm3"><span>Ngày hẹn trả: </span></div>
      <div class="flex xs12 sm9"><span> 30/11/2026 16:30:00</span></div>
      <div class="flex xs12 sm3"><span>Thời hạn xử lý: </span></div>
      <div class="flex xs12 sm9"><span class="green--text">Còn 6 giờ làm việc</span></div>
      <div class="flex xs12 sm3"><span>Trạng thái: </span></div>
      <div class="flex xs12 sm9"><span class="v-chip"><span class="v-chip__content">Đang xử lý<i class="v-icon material-icons">keyboard_arrow_down</i></span></span></div>
    </div></div>
    <div class="v-card"><div class="v-card__title">Thông tin người chết</div>
      <div class="v-input v-text-field v-input--is-readonly"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label class="v-label v-label--active" for="input-41">Họ tên người chết</label><input id="input-41" readonly type="text"></div></div></div></div>
      <div class="v-input v-text-field v-input--is-readonly"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label class="v-label v-label--active" for="input-42">Ngày chết</label><input id="input-42" readonly type="text"></div></div></div></div>
    </div>
  </div></div></main>
  ${VUE_TOOLTIPS}
</div>`;

const materialDetail = `
<app-root><div class="mat-drawer-container"><mat-sidenav-content>
<div class="content"><h3>Chi tiết hồ sơ</h3>
  <div class="row"><div class="col-md-4"><span>Ngày hẹn trả:</span></div><div class="col-md-8"><span>Invalid date</span></div></div>
  <mat-form-field class="mat-form-field mat-form-field-appearance-outline"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix">
    <input matinput readonly class="mat-input-element" id="mat-input-0" value="H01.31-261123-0042"><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-0"><mat-label>Số hồ sơ</mat-label></label></span>
  </div></div></div></mat-form-field>
  <mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix">
    <input matinput readonly class="mat-input-element" id="mat-input-1"><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-1"><mat-label>Tên thủ tục</mat-label></label></span>
  </div></div></div></mat-form-field>
  <mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix">
    <input matinput readonly class="mat-input-element" id="mat-input-2"><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-2"><mat-label>Người nộp</mat-label></label></span>
  </div></div></div></mat-form-field>
  <div class="row"><div class="col-md-4"><span>Ngày hẹn trả:</span></div><div class="col-md-8"><span>30/11/2026 16:30:00</span></div></div>
  <mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix">
    <mat-select role="combobox" id="mat-select-3" aria-disabled="true"><div class="mat-select-trigger"><div class="mat-select-value"><span class="mat-select-value-text"><span>Chờ bổ sung</span></span></div><div class="mat-select-arrow-wrapper"><div class="mat-select-arrow"></div></div></div></mat-select>
    <span class="mat-form-field-label-wrapper"><label class="mat-form-field-label"><mat-label>Trạng thái</mat-label></label></span>
  </div></div></div></mat-form-field>
  <button mat-icon-button mattooltip="Tải về"><mat-icon class="mat-icon material-icons">star_rate</mat-icon></button>
</div></mat-sidenav-content></div></app-root>
<div class="cdk-describedby-message-container cdk-visually-hidden" id="cdk-describedby-message-container" style="visibility: hidden;"><div role="tooltip" id="cdk-describedby-message-1">Người nộp: Tên trong chú thích</div></div>
<div class="cdk-overlay-container"><div class="cdk-overlay-pane mat-tooltip-panel"><mat-tooltip-component><div class="mat-tooltip">Mã hồ sơ: 000.00.31.H01-250101-0001</div></mat-tooltip-component></div></div>`;

const phpDetail = `
<div class="container"><div class="panel panel-primary"><div class="panel-heading">PHIẾU TIẾP NHẬN HỒ SƠ</div>
<table class="table table-bordered">
  <tr><th width="30%">Số biên nhận:</th><td><a href="index.php?module=hoso&amp;id=1">09.H44.261123.00108</a></td></tr>
  <tr><th>Tên thủ tục:</th><td>Đăng ký kết hôn</td></tr>
  <tr><th>Tổ chức/Cá nhân nộp hồ sơ:</th><td>Trần Văn Hùng</td></tr>
  <tr><th>Ngày nhận:</th><td>25-11-2026 08:30</td></tr>
  <tr><th>Ngày hẹn trả:</th><td>30-11-2026 Từ 13:30 đến 16:00</td></tr>
  <tr><th>Tình trạng:</th><td><select class="form-control" disabled><option value="1">Mới tiếp nhận</option><option value="2" selected>Đang giải quyết</option></select></td></tr>
</table></div>
<div class="modal fade" id="mdlHistory" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-body"><p>Ngày hẹn trả: 01/12/2026</p></div></div>
</div>`;

const nationalDetail = `
<div class="wrapper"><div class="content-hoso">
<dl class="dl-horizontal">
  <dt>Mã hồ sơ</dt><dd><span class="code">TP01-CX-V8A1PC</span></dd>
  <dt>Tên dịch vụ công</dt><dd>Cấp bản sao trích lục khai sinh</dd>
  <dt>Người nộp</dt><dd>Lê Quốc Bảo</dd>
  <dt>Ngày nộp</dt><dd>2026-11-24T01:30:00.000Z</dd>
  <dt>Ngày hẹn trả</dt><dd>ngày 30 tháng 11 năm 2026</dd>
  <dt>Trạng thái</dt><dd>Đã trả kết quả</dd>
</dl></div></div>`;

const noDuration = `
<div class="detail"><p><b>Mã hồ sơ:</b> 000.00.31.H01-261124-0099</p><p><b>Thủ tục:</b> Chứng thực chữ ký</p>
<p><b>Người nộp:</b> Võ Văn Ba</p><p><b>Ngày hẹn trả:</b> </p><p><b>Hạn xử lý bước:</b> 26/11/2026</p></div>`;

describe('detail pages of real one-stop systems', () => {
  it('OpenCPS (Vuetify): sibling spans with colons, a code followed by a note, inputs filled by script', () => {
    const doc = page(vuetifyDetail);
    (doc.getElementById('input-41') as HTMLInputElement).value = 'Nguyễn Văn Tư';
    (doc.getElementById('input-42') as HTMLInputElement).value = '17/11/2026';
    const reading = readDossier(
      doc,
      'https://dichvucong.tinh-mau.vn/web/mot-cua/#/danh-sach-ho-so/0/chi-tiet-ho-so/91',
    );
    expect(reading.dossier).toMatchObject({
      code: '000.00.31.H01-261124-0007',
      procedureName: 'Đăng ký khai tử',
      kind: 'death',
      status: 'processing',
      statusText: 'Đang xử lý',
      applicant: { name: 'Nguyễn Thị Mai' },
      receivedAt: '2026-11-24T08:15:00+07:00',
      dueAt: '2026-11-30T16:30:00+07:00',
      deceased: { name: 'Nguyễn Văn Tư', deathDate: '2026-11-17' },
    });
  });

  it('iGate (Angular Material): an invalid first due date, script-set inputs, a select, tooltips ignored', () => {
    const doc = page(materialDetail);
    (doc.getElementById('mat-input-1') as HTMLInputElement).value = 'Đăng ký khai sinh';
    (doc.getElementById('mat-input-2') as HTMLInputElement).value = 'Phạm Thị Hương';
    // On an iGate URL whose page is not the detail component the adapter knows.
    const reading = readDossier(doc, 'https://motcua.tinh-mau.gov.vn/vi/dossier/processing/65f0c2a1e4b0');
    expect(reading.dossier).toMatchObject({
      code: 'H01.31-261123-0042',
      procedureName: 'Đăng ký khai sinh',
      applicant: { name: 'Phạm Thị Hương' },
      dueAt: '2026-11-30T16:30:00+07:00',
      status: 'supplement',
    });
  });

  it('an older PHP system: th/td pairs, a half-day window, a disabled select, a hidden modal', () => {
    const reading = readDossier(page(phpDetail), 'http://10.10.1.5/motcua/index.php?module=hoso&act=view&id=1');
    expect(reading.dossier).toMatchObject({
      code: '09.H44.261123.00108',
      kind: 'marriage',
      applicant: { name: 'Trần Văn Hùng' },
      receivedAt: '2026-11-25T08:30:00+07:00',
      dueAt: '2026-11-30T16:00:00+07:00',
      status: 'processing',
      statusText: 'Đang giải quyết',
    });
  });

  it('the national portal: dt/dd, ISO in UTC, a date in words, a record-type code; a copy is no birth', () => {
    const reading = readDossier(page(nationalDetail), 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-ho-so.html?id=1');
    expect(reading.dossier).toMatchObject({
      code: 'TP01-CX-V8A1PC',
      kind: 'other',
      status: 'returned',
      receivedAt: '2026-11-24T08:30:00+07:00',
      dueAt: '2026-11-30',
    });
  });

  it('a dossier in a Vuetify dialog, attached to the app root outside the main content', () => {
    const html = `<div data-app="true" class="application"><main class="v-content"><h2>Danh sách hồ sơ</h2></main>
      <div class="v-dialog__content v-dialog__content--active"><div class="v-dialog v-dialog--active v-dialog--fullscreen">
      <div class="v-card"><div class="layout wrap"><div class="flex xs4">Mã hồ sơ:</div><div class="flex xs8">H01.31-261124-0003</div>
      <div class="flex xs4">Chủ hồ sơ:</div><div class="flex xs8">Hà Văn Mạnh</div><div class="flex xs4">Ngày hẹn trả:</div><div class="flex xs8">27/11/2026</div></div></div></div></div></div>`;
    expect(readDossier(page(html), 'https://motcua.tinh-mau.vn/web/mot-cua').dossier).toMatchObject({
      code: 'H01.31-261124-0003',
      applicant: { name: 'Hà Văn Mạnh' },
      dueAt: '2026-11-27',
    });
  });

  it('Vuetify fields whose labels carry aria-hidden (VLabel without `for`): values by script', () => {
    const field = (id: string, label: string) =>
      `<div class="v-input v-text-field v-input--is-label-active v-input--is-readonly theme--light"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label aria-hidden="true" class="v-label v-label--active theme--light" style="left: 0px; position: absolute;">${label}</label><input readonly type="text" id="${id}"></div></div></div></div>`;
    const doc = page(
      `<div data-app="true" class="application"><div class="v-card"><div class="v-card__title">Thông tin hồ sơ</div>${field('c', 'Mã hồ sơ')}${field('p', 'Thủ tục')}${field('a', 'Chủ hồ sơ')}${field('d', 'Ngày hẹn trả')}</div></div>`,
    );
    const values = {
      c: '000.00.31.H01-261124-0007',
      p: 'Đăng ký khai sinh',
      a: 'Phan Thị Mỹ Duyên',
      d: '30/11/2026 16:30',
    };
    for (const [id, value] of Object.entries(values)) (doc.getElementById(id) as HTMLInputElement).value = value;
    expect(readDossier(doc, 'https://motcua.tinh-mau.gov.vn/ho-so/7').dossier).toMatchObject({
      code: '000.00.31.H01-261124-0007',
      kind: 'birth',
      applicant: { name: 'Phan Thị Mỹ Duyên' },
      dueAt: '2026-11-30T16:30:00+07:00',
    });
  });

  it('a label and its colon, then the value on the next line; a next line labelled itself is not taken', () => {
    const doc = page(`<div class="card-body">
      <p>Mã hồ sơ:<br><b>000.00.31.H01-261124-0008</b></p>
      <p>Thủ tục:<br>Đăng ký kết hôn</p>
      <p>Người nộp:<br>Trạng thái: Đang xử lý</p>
      <p>Ngày hẹn trả kết quả:<br><b>30/11/2026 16:30</b></p></div>`);
    const { dossier, missing } = readDossier(doc, 'https://motcua.tinh-mau.gov.vn/ho-so/8');
    expect(dossier).toMatchObject({
      code: '000.00.31.H01-261124-0008',
      procedureName: 'Đăng ký kết hôn',
      dueAt: '2026-11-30T16:30:00+07:00',
    });
    expect(dossier?.applicant.name).toBe('');
    expect(missing).toContain('applicant.name');
  });

  it.each([
    ['an empty date', '<dt>Ngày hẹn trả</dt><dd></dd>'],
    ['"no date yet"', '<dt>Ngày hẹn trả</dt><dd>Chưa có ngày hẹn trả</dd>'],
  ])('the due date’s own label with %s: the step’s "Hạn xử lý" does not stand in for it', (_, due) => {
    // "Chủ hồ sơ" before it: the fields that follow are read among the applicant's.
    const doc = page(`<dl><dt>Mã hồ sơ</dt><dd>000.00.31.H01-261124-0009</dd><dt>Thủ tục</dt><dd>Chứng thực chữ ký</dd>
      <dt>Chủ hồ sơ</dt><dd>Võ Thị Hồng</dd>${due}<dt>Trạng thái</dt><dd>Có kết quả</dd><dt>Hạn xử lý</dt><dd>26/11/2026 16:30</dd></dl>`);
    const reading = readDossier(doc, 'https://motcua.tinh-mau.gov.vn/ho-so/9');
    expect(reading.dossier?.code).toBe('000.00.31.H01-261124-0009');
    expect(reading.dossier?.dueAt).toBeUndefined();
  });

  it('"Hạn xử lý" alone is the due date', () => {
    const doc = page(`<dl><dt>Mã hồ sơ</dt><dd>000.00.31.H01-261124-0010</dd><dt>Thủ tục</dt><dd>Chứng thực chữ ký</dd>
      <dt>Hạn xử lý</dt><dd>26/11/2026 16:30</dd></dl>`);
    expect(readDossier(doc, 'https://motcua.tinh-mau.gov.vn/ho-so/10').dossier?.dueAt).toBe(
      '2026-11-26T16:30:00+07:00',
    );
  });

  it('the receipt form’s own wording: "Tiếp nhận hồ sơ của", "Thời gian nhận hồ sơ", "Thời gian trả kết quả giải quyết hồ sơ"', () => {
    const doc = page(`<p>Mã hồ sơ: 000.00.31.H01-261124-0007</p><p>Tiếp nhận hồ sơ của: Trần Văn Hùng</p>
      <p>Thủ tục: Đăng ký khai sinh</p>
      <ol><li>Thời gian nhận hồ sơ: 24/11/2026 08:15</li><li>Thời gian trả kết quả giải quyết hồ sơ: 30/11/2026 16:30</li></ol>`);
    expect(readDossier(doc, 'https://motcua.tinh-mau.gov.vn/one-stop/ho-so/chi-tiet?id=88412').dossier).toMatchObject({
      applicant: { name: 'Trần Văn Hùng' },
      receivedAt: '2026-11-24T08:15:00+07:00',
      dueAt: '2026-11-30T16:30:00+07:00',
    });
  });

  it('a name keeps no bracketed note, and a signature caption in brackets is no name', () => {
    const noted =
      page(`<dl><dt>Mã hồ sơ</dt><dd>000.00.31.H01-261124-0007</dd><dt>Thủ tục</dt><dd>Đăng ký khai sinh</dd>
      <dt>Chủ hồ sơ</dt><dd>Võ Thị Hồng (Người được ủy quyền)</dd></dl>`);
    expect(readDossier(noted, 'https://motcua.tinh-mau.gov.vn/ho-so/1').dossier?.applicant.name).toBe('Võ Thị Hồng');
    const signed = page(`<table class="table"><tr><th>Mã hồ sơ</th><td>000.00.31.H01-261124-0007</td></tr>
      <tr><th>Thủ tục</th><td>Đăng ký khai sinh</td></tr></table>
      <table><tr><td align="center"><b>NGƯỜI NỘP HỒ SƠ</b><br><i>(Ký và ghi rõ họ tên)</i><br><br><br><b>Trần Văn Hùng</b></td>
      <td align="center"><b>NGƯỜI TIẾP NHẬN HỒ SƠ</b><br><i>(Ký và ghi rõ họ tên)</i><br><br><br><b>Lê Thị Thu</b></td></tr></table>`);
    expect(readDossier(signed, 'https://motcua.tinh-mau.gov.vn/ho-so/2').dossier?.applicant.name).not.toMatch(/Ký/);
  });

  it('a procedure without a set duration has no due date, and a step’s deadline is not taken for it', () => {
    const reading = readDossier(page(noDuration), 'https://motcua.tinh-mau.vn/ho-so/99');
    expect(reading.dossier?.code).toBe('000.00.31.H01-261124-0099');
    expect(reading.dossier?.dueAt).toBeUndefined();
    expect(reading.missing).toContain('dueAt');
  });
});

const checkbox =
  '<td><div class="v-input v-input--selection-controls v-input--checkbox"><div class="v-input__control"><div class="v-input__slot"><div class="v-input--selection-controls__input"><input aria-checked="false" role="checkbox" type="checkbox"><i aria-hidden="true" class="v-icon material-icons">check_box_outline_blank</i></div></div></div></div></td>';

const vuetifyList = (rows: number) => `
<div class="v-table__overflow"><table class="v-datatable v-table theme--light">
<thead><tr>
  <th role="columnheader" class="column text-xs-center">STT</th>
  <th role="columnheader" class="column sortable">Mã hồ sơ<i aria-hidden="true" class="v-icon material-icons">arrow_upward</i></th>
  <th role="columnheader" class="column">Thủ tục hành chính</th>
  <th role="columnheader" class="column">Chủ hồ sơ</th>
  <th role="columnheader" class="column">Ngày tiếp nhận</th>
  <th role="columnheader" class="column">Ngày hẹn trả</th>
  <th role="columnheader" class="column">Trạng thái</th>
</tr><tr class="v-datatable__progress"><th colspan="8" class="column"><div class="v-progress-linear" style="height: 2px;"></div></th></tr></thead>
<tbody>${Array.from(
  { length: rows },
  (_, i) => `<tr>${checkbox}<td class="text-xs-center">${i + 1}</td>
  <td><div><span><a href="#/chi-tiet/${i}">000.00.31.H01-261120-${String(i + 1).padStart(4, '0')}</a></span></div><div class="red--text">Hồ sơ nộp trực tuyến</div></td>
  <td><div><span>${i % 2 ? 'Đăng ký kết hôn' : 'Cấp lại bản chính giấy khai sinh'}</span></div></td>
  <td><div><span>Nguyễn Văn ${i}</span></div></td>
  <td><div><span>20/11/2026 08:00:00</span></div></td>
  <td><div><span>${i % 3 === 2 ? '' : `${25 + (i % 3)}/11/2026 16:30:00`}</span></div></td>
  <td><div><span>${i % 4 === 3 ? 'Đã trả kết quả' : 'Đang xử lý'}</span></div></td></tr>`,
).join('')}
${'<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>'.repeat(5)}
</tbody></table></div>${VUE_TOOLTIPS}`;

describe('list pages of real one-stop systems', () => {
  it('OpenCPS v-data-table: a body checkbox column the header lacks, a progress row, padding rows', () => {
    const rows = readListRows(page(vuetifyList(12)), 'https://motcua.tinh-mau.vn/web/mot-cua/#/danh-sach-ho-so/0');
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.row.localName)).toEqual(Array(12).fill('tr'));
    expect(rows.slice(0, 4).map((r) => r.summary)).toEqual([
      expect.objectContaining({
        code: '000.00.31.H01-261120-0001',
        procedureName: 'Cấp lại bản chính giấy khai sinh',
        kind: 'other',
        applicantName: 'Nguyễn Văn 0',
        receivedAt: '2026-11-20T08:00:00+07:00',
        dueAt: '2026-11-25T16:30:00+07:00',
        status: 'processing',
      }),
      expect.objectContaining({ kind: 'marriage', dueAt: '2026-11-26T16:30:00+07:00' }),
      // A procedure without a set duration: no due date.
      expect.not.objectContaining({ dueAt: expect.anything() }),
      expect.objectContaining({ status: 'returned', statusText: 'Đã trả kết quả' }),
    ]);
  });

  it('an iGate URL whose list is a Vuetify table: the generic reader takes over', () => {
    expect(readListRows(page(vuetifyList(3)), 'https://motcua.tinh-mau.gov.vn/vi/dossier/processing')).toHaveLength(3);
  });

  it('a civil-status URL whose list is a grid of divs: the generic reader takes over', () => {
    const grid = `<div role="table"><div role="row"><div role="columnheader">Số hồ sơ</div><div role="columnheader">Hạn trả kết quả</div></div>
      <div role="row"><div role="cell">000.00.31.H01-261120-0001</div><div role="cell">30/11/2026</div></div></div>`;
    expect(
      readListRows(page(grid), 'https://hotichdientu.moj.gov.vn/hotich/tra-cuu').map((r) => r.summary.dueAt),
    ).toEqual(['2026-11-30']);
  });

  it('a list in a full-screen Material dialog over the page', () => {
    const dialog = `<app-root aria-hidden="true"><h2>Trang chủ</h2></app-root>
      <div class="cdk-overlay-container"><div class="cdk-global-overlay-wrapper"><div class="cdk-overlay-pane full-screen-dialog"><mat-dialog-container>
      <table mat-table class="mat-table"><thead role="rowgroup"><tr mat-header-row role="row" class="mat-header-row"><th mat-header-cell role="columnheader">Mã hồ sơ</th><th mat-header-cell role="columnheader">Ngày hẹn trả</th><th mat-header-cell role="columnheader">Trạng thái</th></tr></thead>
      <tbody role="rowgroup"><tr mat-row role="row" class="mat-row"><td mat-cell>H01.31-261120-0001</td><td mat-cell>2026-11-30T09:30:00Z</td><td mat-cell>Đã có kết quả</td></tr></tbody></table>
      </mat-dialog-container></div></div></div>`;
    expect(readListRows(page(dialog), 'https://motcua.tinh-mau.gov.vn/vi/home').map((r) => r.summary)).toEqual([
      expect.objectContaining({
        code: 'H01.31-261120-0001',
        dueAt: '2026-11-30T16:30:00+07:00',
        status: 'result-ready',
      }),
    ]);
  });

  it('a search result of one dossier is a list, not that dossier’s page', () => {
    const html = `<form><label>Thủ tục</label><select><option selected>Tất cả thủ tục</option></select></form>${vuetifyList(1)}`;
    expect(readDossier(page(html), 'https://motcua.tinh-mau.vn/tra-cuu').dossier).toBeNull();
    expect(readListRows(page(html), 'https://motcua.tinh-mau.vn/tra-cuu')).toHaveLength(1);
  });
});

describe('civil-status book wording', () => {
  const deathRecord = `
    <h3>ĐĂNG KÝ KHAI TỬ</h3>
    <table class="table"><tbody>
      <tr><th>Số hồ sơ</th><td>TP01-CX-A1B2C3</td><th>Ngày hẹn trả</th><td>27-11-2026</td></tr>
    </tbody></table>
    <h4>Người đi khai tử</h4>
    <table class="table"><tbody>
      <tr><th>Họ và tên</th><td>Trần Thị Lan</td><th>Giấy tờ tùy thân</th><td>CCCD 089178001234</td></tr>
    </tbody></table>
    <h4>Người chết</h4>
    <table class="table"><tbody>
      <tr><th>Họ và tên</th><td>Trần Văn Bảy</td><th>Ngày sinh</th><td>02-01-1940</td></tr>
      <tr><th>Chết vào lúc</th><td>21 giờ 15 phút, ngày 22 tháng 11 năm 2026</td><th>Nơi chết</th><td>Tại nhà</td></tr>
      <tr><th>Giấy báo tử</th><td>Số 12/GBT cấp ngày 23 tháng 11 năm 2026</td><th></th><td></td></tr>
    </tbody></table>`;

  it('takes the day of death from "Chết vào lúc", not the death notice’s date, and the number of the identity paper', () => {
    const { dossier } = readDossier(page(deathRecord), 'http://127.0.0.1:4173/death/view/9');
    expect(dossier?.deceased).toMatchObject({ name: 'Trần Văn Bảy', deathDate: '2026-11-22', birthDate: '1940-01-02' });
    expect(dossier?.applicant).toMatchObject({ name: 'Trần Thị Lan', idNumber: '089178001234' });
  });
});

describe('people in section tables', () => {
  const DEATH_URL = 'http://127.0.0.1:4173/hotich/khai-tu/chi-tiet/2023';
  // The civil-status death page with one change: the witness's row gives a birth date the deceased's lacks.
  const deathPage = () => {
    const doc = loadPage('civil-status-death.html');
    const rows = Array.from(doc.querySelectorAll('table.tbl-thongtin tr'));
    rows.find((tr) => tr.textContent?.includes('Ngày, tháng, năm sinh'))?.remove();
    const witnessName = rows.findLast((tr) => tr.textContent?.includes('Họ, chữ đệm, tên'));
    witnessName?.insertAdjacentHTML('afterend', '<tr><th>Ngày, tháng, năm sinh</th><td>02/02/1972</td></tr>');
    return doc;
  };

  it('a title row spanning the table opens one person’s section, never people side by side', () => {
    const { dossier } = readDossier(deathPage(), DEATH_URL);
    expect(dossier?.deceased?.name).toBe('Bùi Văn Hạnh');
    expect(dossier?.deceased?.birthDate).toBeUndefined();
  });

  it('the official form’s "Đã chết vào lúc" names the day of death', () => {
    const doc =
      page(`<table><tr><th>Số hồ sơ</th><td>TP01-CX-A1B2C3</td></tr><tr><th>Thủ tục</th><td>Đăng ký khai tử</td></tr></table>
      <fieldset><legend>Người chết</legend><table>
      <tr><th>Họ, chữ đệm, tên</th><td>Bùi Văn Hạnh</td></tr>
      <tr><th>Đã chết vào lúc</th><td>21 giờ 15 phút, ngày 22 tháng 11 năm 2026</td></tr></table></fieldset>`);
    expect(readDossier(doc, DEATH_URL).dossier?.deceased?.deathDate).toBe('2026-11-22');
  });

  it.each([
    [
      'inside labels',
      '<label><input type="radio" name="gt" disabled> Nam</label> <label><input type="radio" name="gt" checked disabled> Nữ</label>',
      'female',
    ],
    [
      'with labels by id',
      '<input type="radio" id="g1" name="gt"><label for="g1">Nam</label><input type="radio" id="g2" name="gt" checked><label for="g2">Nữ</label>',
      'female',
    ],
    [
      'with bare words after them',
      '<input type="radio" name="gt" checked> Nam <input type="radio" name="gt"> Nữ',
      'male',
    ],
  ])('gender as radio buttons %s: the one checked', (_, radios, gender) => {
    const doc = loadPage('civil-status-death.html');
    const cell = Array.from(doc.querySelectorAll('th')).find((th) => th.textContent === 'Giới tính người yêu cầu');
    const value = cell?.nextElementSibling;
    if (!value) throw new Error('no gender cell');
    value.innerHTML = radios;
    expect(readDossier(doc, DEATH_URL).dossier?.applicant.gender).toBe(gender);
  });
});
