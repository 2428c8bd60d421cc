// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../tests/portal/load-page';
import { page } from '../test-pages';
import { proposeColumnLocator, proposeFieldLocator } from './propose';
import { looksGenerated } from './robust';

const at = (doc: Document, selector: string) => {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

describe('pointing at a value of a dossier page', () => {
  const receipt = loadPage('unusual-receipt.html');

  it.each([
    ['the code link', 'a.lnk-ma', 'code', { label: 'Số tiếp nhận', selector: 'a.lnk-ma' }, '09.H44.261124.00108'],
    [
      'the due date',
      '#ctl00_cph_lblHenTra',
      'dueAt',
      { label: 'Hẹn trả ngày', selector: 'span#ctl00_cph_lblHenTra' },
      '26/11/2026',
    ],
    [
      'the applicant',
      '#ctl00_cph_lblNguoiDeNghi',
      'applicantName',
      { label: 'Tổ chức/cá nhân đề nghị', selector: 'span#ctl00_cph_lblNguoiDeNghi' },
      'Nguyễn Hữu Phước',
    ],
  ] as const)('%s: its label first, a stable selector besides', (_, selector, field, locator, value) => {
    expect(proposeFieldLocator(at(receipt, selector), field)).toEqual({ ok: true, locator, value });
  });

  it('pointing at the cell around the value works as well', () => {
    const cell = at(receipt, '#ctl00_cph_lblHenTra').parentElement as Element;
    expect(proposeFieldLocator(cell, 'dueAt')).toMatchObject({ ok: true, locator: { label: 'Hẹn trả ngày' } });
  });

  it.each([
    ['the label instead of the value', 'td.td-nhan', 'dueAt', 'Chỗ vừa chỉ là nhãn “Số tiếp nhận:”'],
    ['a name for a date', '#ctl00_cph_lblNguoiDeNghi', 'dueAt', '“Nguyễn Hữu Phước” không đọc được thành ngày'],
    ['a sentence for a code', 'p.ghi-chu', 'code', 'không giống một mã hồ sơ'],
  ] as const)('refuses %s, in Vietnamese', (_, selector, field, error) => {
    const proposal = proposeFieldLocator(at(receipt, selector), field);
    expect(proposal.ok).toBe(false);
    expect(!proposal.ok && proposal.error).toContain(error);
  });
});

describe('the picker’s choice of a robust locator', () => {
  it.each([
    [
      'a generated id is passed over for formcontrolname',
      '<div><input id="mat-input-12" formcontrolname="appointmentDate" value="27/11/2026"></div>',
      'input',
      { selector: 'input[formcontrolname="appointmentDate"]' },
    ],
    [
      'a hashed id is passed over for a data attribute',
      '<div><span id="a3f9c2e1b7" data-field="hen-tra">27/11/2026</span></div>',
      'span',
      { selector: 'span[data-field="hen-tra"]' },
    ],
    [
      'name comes before data-* and classes',
      '<div><input name="ngayHenTra" data-col="hen" class="hen" value="27/11/2026"></div>',
      'input',
      { selector: 'input[name="ngayHenTra"]' },
    ],
    [
      'a class unique on the page, after generated ones',
      '<div><span class="css-1x2y3z gia-tri-hen">27/11/2026</span><span class="css-1x2y3z">x</span></div>',
      'span.gia-tri-hen',
      { selector: 'span.gia-tri-hen' },
    ],
    [
      'the label near the value, with a selector besides',
      '<div class="row"><div class="col">Hẹn trả ngày (*)</div><div class="col"><input name="henTra" value="27/11/2026"></div></div>',
      'input',
      { label: 'Hẹn trả ngày', selector: 'input[name="henTra"]' },
    ],
    [
      'a label written before the value in the same line',
      '<p>Hẹn trả ngày: <span>27/11/2026</span></p>',
      'span',
      { label: 'Hẹn trả ngày' },
    ],
    [
      'a th label without a colon',
      '<table><tr><th>Hạn</th><td class="x">27/11/2026</td></tr><tr><th>Khác</th><td class="x">1</td></tr></table>',
      'td',
      { label: 'Hạn' },
    ],
  ])('%s', (_, html, pointed, locator) => {
    const doc = page(html);
    expect(proposeFieldLocator(at(doc, pointed), 'dueAt')).toEqual({ ok: true, locator, value: '27/11/2026' });
  });

  it.each([
    [
      'a class shared by several values',
      '<div><span class="val">27/11/2026</span><span class="val">28/11/2026</span></div>',
    ],
    ['only generated names', '<div><span id="ember1234" class="_a8f3c21">27/11/2026</span><span>x</span></div>'],
    ['the value in its own attribute', '<div><span data-value="27/11/2026">27/11/2026</span></div>'],
    [
      'a label used twice, the first for another value',
      '<p><b>Ngày:</b> 01/01/2026</p><p><b>Ngày:</b> <span>27/11/2026</span></p>',
    ],
  ])('no stable way is refused rather than guessed: %s', (_, html) => {
    const doc = page(html);
    const pointed = Array.from(doc.querySelectorAll('span')).find((s) => s.textContent === '27/11/2026');
    const proposal = proposeFieldLocator(pointed as Element, 'dueAt');
    expect(proposal).toMatchObject({ ok: false, error: expect.stringContaining('Không tìm được cách đọc ổn định') });
  });

  it.each([
    ['mat-input-12', true],
    ['ember1234', true],
    ['css-1x2y3z', true],
    ['_a8f3c21', true],
    [':r1:', true],
    ['a3f9c2e1b7', true],
    ['ng-tns-c12-3', true],
    ['cdk-overlay-3', true],
    ['ctl00_cph_lblHenTra', false],
    ['hen-tra', false],
    ['appointmentDate', false],
    ['mat-column-appointmentDate', false],
    ['facade', false],
  ])('%s looks generated: %s', (name, generated) => expect(looksGenerated(name)).toBe(generated));
});

describe('pointing at a cell of a list', () => {
  const register = loadPage('unusual-register.html');
  const row = (n: number) => register.querySelectorAll('tbody > tr')[n] as Element;

  it('the code column: its header, and the cell’s class found once in every row', () => {
    const link = row(2).querySelector('a') as Element;
    expect(proposeColumnLocator(link, 'code')).toEqual({
      ok: true,
      locator: { header: 'Số tiếp nhận', selector: 'td.c-so' },
      value: '09.H44.261123.00103',
      rows: 8,
    });
  });

  it('the due column', () => {
    expect(proposeColumnLocator(row(0).querySelector('td.c-hen') as Element, 'dueAt')).toEqual({
      ok: true,
      locator: { header: 'Hẹn trả ngày', selector: 'td.c-hen' },
      value: '22/11/2026',
      rows: 8,
    });
  });

  it('a table without headers is found by the cells’ stable class alone', () => {
    const doc = page(
      '<table><tr><td class="ma">TN-2026-0001</td><td>A</td></tr><tr><td class="ma">TN-2026-0002</td><td>B</td></tr></table>',
    );
    expect(proposeColumnLocator(at(doc, 'td.ma'), 'code')).toEqual({
      ok: true,
      locator: { selector: 'td.ma' },
      value: 'TN-2026-0001',
      rows: 2,
    });
  });

  it('a cell outside any row, or without a header or stable name, is refused', () => {
    expect(proposeColumnLocator(at(register, '.tieu-de'), 'code')).toMatchObject({
      ok: false,
      error: 'Chỗ vừa chỉ không nằm trong một dòng của bảng danh sách.',
    });
    const doc = page('<table><tr><td>TN-2026-0001</td></tr><tr><td>TN-2026-0002</td></tr></table>');
    expect(proposeColumnLocator(at(doc, 'td'), 'code')).toMatchObject({ ok: false });
  });
});
