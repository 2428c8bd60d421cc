// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadPage, PORTAL } from '../../../tests/portal/load-page';
import { readDossier, readDossierList, readTaughtPage } from '..';
import { page } from '../test-pages';
import { readField } from './read-fields';
import type { ColumnLocator, Recipe } from './types';

const RECEIPT = `${PORTAL}/motcua/ho-so/xem/7781`;
const REGISTER = `${PORTAL}/motcua/so-theo-doi`;

/** A recipe taught on the test portal (whose host is 127.0.0.1). */
const portalRecipe = (fields: Recipe['fields'], columns: Recipe['columns'] = {}): Recipe => ({
  host: '127.0.0.1',
  fields,
  columns,
});

const byLabel = portalRecipe({
  code: { label: 'Số tiếp nhận' },
  dueAt: { label: 'Hẹn trả ngày' },
  applicantName: { label: 'Tổ chức/cá nhân đề nghị' },
});

describe('a page the built-in readers cannot read', () => {
  it('is not read without a recipe, on its own host or anywhere', () => {
    expect(readDossier(loadPage('unusual-receipt.html'), RECEIPT).dossier).toBeNull();
    expect(readDossierList(loadPage('unusual-register.html'), REGISTER)).toEqual([]);
    expect(readTaughtPage(loadPage('unusual-receipt.html'), RECEIPT, [{ ...byLabel, host: 'khac.gov.vn' }])).toEqual({
      reading: { adapter: null, dossier: null, missing: [] },
      rows: [],
    });
  });

  it('is read by the labels taught on it', () => {
    const { reading, rows } = readTaughtPage(loadPage('unusual-receipt.html'), RECEIPT, [byLabel]);
    expect(rows).toEqual([]);
    expect(reading.adapter).toBe('recipe');
    expect(reading.dossier).toMatchObject({
      code: '09.H44.261124.00108',
      dueAt: '2026-11-26',
      applicant: { name: 'Nguyễn Hữu Phước' },
      kind: 'other',
      status: 'unknown',
    });
    expect(reading.missing).toEqual(['procedureName', 'receivedAt', 'status']);
    expect(reading.taught).toEqual({
      found: { code: '09.H44.261124.00108', applicantName: 'Nguyễn Hữu Phước', dueAt: '26/11/2026' },
      stale: [],
      staleColumns: [],
    });
  });

  it.each([
    [
      'short selectors just as well',
      portalRecipe({
        code: { selector: 'a.lnk-ma' },
        dueAt: { selector: 'span#ctl00_cph_lblHenTra' },
        applicantName: { selector: '[id="ctl00_cph_lblNguoiDeNghi"]' },
      }),
      { code: '09.H44.261124.00108', dueAt: '2026-11-26', applicant: { name: 'Nguyễn Hữu Phước' } },
      ['procedureName', 'receivedAt', 'status'],
    ],
    [
      'labels of times, procedures and statuses, as the built-in reader would',
      portalRecipe({
        ...byLabel.fields,
        receivedAt: { label: 'Thời điểm nhận' },
        procedureName: { label: 'Nội dung yêu cầu giải quyết' },
        status: { label: 'Tiến độ' },
      }),
      {
        receivedAt: '2026-11-24T08:15:00+07:00',
        procedureName: 'Chứng thực chữ ký trong giấy tờ, văn bản',
        status: 'processing',
        statusText: 'Đang giải quyết',
      },
      [],
    ],
  ])('is read by %s', (_, recipe, dossier, missing) => {
    const { reading } = readTaughtPage(loadPage('unusual-receipt.html'), RECEIPT, [recipe]);
    expect(reading.dossier).toMatchObject(dossier);
    expect(reading.missing).toEqual(missing);
  });

  it('without a taught code there is no dossier, but what was taught is said', () => {
    const { reading } = readTaughtPage(loadPage('unusual-receipt.html'), RECEIPT, [
      { ...byLabel, fields: { dueAt: byLabel.fields.dueAt } },
    ]);
    expect(reading.dossier).toBeNull();
    expect(reading.taught?.found).toEqual({ dueAt: '26/11/2026' });
  });
});

describe('label-near: the value beside a taught label, in the layouts portals use', () => {
  it.each([
    ['th and td', '<table><tr><th>Hẹn trả ngày</th><td>27/11/2026</td></tr></table>'],
    ['td and td, a colon and padding', '<table><tr><td>Hẹn trả ngày :&nbsp;</td><td> 27/11/2026 </td></tr></table>'],
    ['dt and dd', '<dl><dt>Hẹn trả ngày</dt><dd>27/11/2026</dd></dl>'],
    ['sibling spans', '<div><span>Hẹn trả ngày: </span><span>27/11/2026</span></div>'],
    ['bold label and text', '<p><b>Hẹn trả ngày:</b> 27/11/2026</p>'],
    ['one line of text', '<p>Hẹn trả ngày: 27/11/2026</p>'],
    [
      'a grid of divs',
      '<div class="row"><div class="col">Hẹn trả ngày (*)</div><div class="col"><span>27/11/2026</span></div></div>',
    ],
    ['label for an input', '<label for="h">Hẹn trả ngày</label><input id="h" value="27/11/2026">'],
    [
      'a form field wrapping an input',
      '<div class="f"><label>Hẹn trả ngày</label><div><div><input value="27/11/2026"></div></div></div>',
    ],
    ['a different case and decomposed text', `<p><b>${'HẸN TRẢ NGÀY'.normalize('NFD')}:</b> 27/11/2026</p>`],
  ])('%s', (_, html) => {
    expect(readField(page(html), 'dueAt', { label: 'Hẹn trả ngày' })?.text).toBe('27/11/2026');
  });

  it('the first label of the page wins, and a label wrapped in its cell is the cell', () => {
    const doc = page(
      '<div><span><b>Số tiếp nhận</b></span><span>TN-0001</span></div><div><span>Số tiếp nhận</span><span>TN-0002</span></div>',
    );
    expect(readField(doc, 'code', { label: 'Số tiếp nhận' })?.text).toBe('TN-0001');
  });

  it.each([
    [
      'td and td',
      '<table><tr><td>Người đề nghị:</td><td></td></tr><tr><td>Tiến độ:</td><td>Đang giải quyết</td></tr></table>',
    ],
    [
      'th and td',
      '<table><tr><th>Người đề nghị</th><td> </td></tr><tr><th>Tiến độ</th><td>Đang giải quyết</td></tr></table>',
    ],
    ['dt and dd', '<dl><dt>Người đề nghị</dt><dd></dd><dt>Tiến độ</dt><dd>Đang giải quyết</dd></dl>'],
    [
      'divs',
      '<div><div><span>Người đề nghị:</span><span></span></div><div><span>Tiến độ:</span><span>Đang giải quyết</span></div></div>',
    ],
  ])('an empty value is empty, not the next field (%s)', (_, html) => {
    expect(readField(page(html), 'applicantName', { label: 'Người đề nghị' })).toBeUndefined();
  });

  it('hidden copies and scripts are not read', () => {
    const doc = page(
      '<div hidden><b>Hẹn trả ngày:</b> 01/01/2020</div><script>"Hẹn trả ngày: 02/02/2020"</script><p><b>Hẹn trả ngày:</b> 27/11/2026</p>',
    );
    expect(readField(doc, 'dueAt', { label: 'Hẹn trả ngày' })?.text).toBe('27/11/2026');
  });

  it('a value of the wrong kind falls to the selector, then to nothing', () => {
    const doc = page('<p><b>Hẹn trả ngày:</b> chưa hẹn</p><span class="hen">27/11/2026</span>');
    expect(readField(doc, 'dueAt', { label: 'Hẹn trả ngày', selector: 'span.hen' })?.text).toBe('27/11/2026');
    expect(readField(doc, 'dueAt', { label: 'Hẹn trả ngày' })).toBeUndefined();
  });
});

describe('one host, two kinds of page', () => {
  it('the receipt’s recipe never mistakes the same portal’s list for a dossier', () => {
    const recipe = portalRecipe(
      { code: { label: 'Số tiếp nhận', selector: 'a.lnk-ma' }, applicantName: { label: 'Tổ chức/cá nhân đề nghị' } },
      { code: { header: 'Số tiếp nhận' } },
    );
    const { reading, rows } = readTaughtPage(loadPage('unusual-register.html'), REGISTER, [recipe]);
    expect(reading.dossier).toBeNull();
    expect(reading.taught?.found).toEqual({});
    expect(rows).toHaveLength(8);
    expect(readTaughtPage(loadPage('unusual-receipt.html'), RECEIPT, [recipe]).reading.dossier?.code).toBe(
      '09.H44.261124.00108',
    );
  });
});

describe('a recipe that no longer matches', () => {
  const IGATE = `${PORTAL}/vi/dossier/processing/1012`;
  const builtIn = readDossier(loadPage('igate-birth.html'), IGATE).dossier;

  it('leaves the built-in reading in place and says which fields it could not find', () => {
    const { reading } = readTaughtPage(loadPage('igate-birth.html'), IGATE, [byLabel]);
    expect(reading.adapter).toBe('igate');
    expect(reading.dossier).toEqual(builtIn);
    expect(reading.taught).toEqual({ found: {}, stale: ['code', 'applicantName', 'dueAt'], staleColumns: [] });
  });

  it('a field it still finds wins over the built-in value; the others fall back', () => {
    const recipe = portalRecipe({
      dueAt: { label: 'Ngày tiếp nhận' },
      applicantName: { label: 'Người được ủy quyền' },
    });
    const { reading } = readTaughtPage(loadPage('igate-birth.html'), IGATE, [recipe]);
    expect(reading.dossier?.dueAt).toBe(builtIn?.receivedAt);
    expect(reading.dossier?.applicant.name).toBe(builtIn?.applicant.name);
    expect(reading.taught?.stale).toEqual(['applicantName']);
  });

  it('never breaks the reading, even with a selector the browser refuses', () => {
    const broken = portalRecipe({ code: { selector: 'a[' } }, { code: { selector: ':::' } });
    expect(readTaughtPage(loadPage('igate-birth.html'), IGATE, [broken]).reading.dossier).toEqual(builtIn);
    expect(readTaughtPage(loadPage('unusual-register.html'), REGISTER, [broken]).rows).toEqual([]);
  });
});

describe('taught list columns', () => {
  const codeAndDue = (code: ColumnLocator, dueAt: ColumnLocator) => portalRecipe({}, { code, dueAt });

  it.each([
    ['headers', codeAndDue({ header: 'Số tiếp nhận' }, { header: 'Hẹn trả ngày' })],
    ['selectors', codeAndDue({ selector: 'td.c-so' }, { selector: 'td.c-hen' })],
  ])('find the column in every row by %s, skipping the pager', (_, recipe) => {
    const { reading, rows } = readTaughtPage(loadPage('unusual-register.html'), REGISTER, [recipe]);
    expect(reading.dossier).toBeNull();
    expect(rows.map((r) => r.summary.code)).toEqual([
      '09.H44.261119.00101',
      '09.H44.261121.00102',
      '09.H44.261123.00103',
      '09.H44.261124.00104',
      '09.H44.261124.00105',
      '09.H44.261125.00106',
      '09.H44.261125.00107',
      '09.H44.261125.00108',
    ]);
    expect(rows.map((r) => r.summary.dueAt)).toEqual([
      '2026-11-22',
      '2026-11-24',
      '2026-11-25',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-12-01',
      '2026-12-04',
    ]);
    expect(rows.every((r) => r.row.localName === 'tr')).toBe(true);
    expect(reading.taught?.staleColumns).toEqual([]);
  });

  it('a column that matches nothing is said, and a lost code column gives the built-in rows back', () => {
    const recipe = codeAndDue({ header: 'Số tiếp nhận' }, { header: 'Ngày hẹn' });
    const { reading, rows } = readTaughtPage(loadPage('unusual-register.html'), REGISTER, [recipe]);
    expect(rows).toHaveLength(8);
    expect(rows[0]?.summary.dueAt).toBeUndefined();
    expect(reading.taught?.staleColumns).toEqual(['dueAt']);
    const lost = readTaughtPage(loadPage('unusual-register.html'), REGISTER, [
      codeAndDue({ header: 'Mã' }, { header: 'Hạn' }),
    ]);
    expect(lost.rows).toEqual([]);
    expect(lost.reading.taught?.staleColumns).toEqual(['code']);
    // Taught before the code column, a due column has no rows to run through yet: it is not said to miss.
    const early = readTaughtPage(loadPage('unusual-register.html'), REGISTER, [
      portalRecipe({}, { dueAt: { header: 'Hẹn trả ngày' } }),
    ]);
    expect(early.reading.taught?.staleColumns).toEqual([]);
  });

  it('a column taught over a list the built-in reader reads corrects it row by row', () => {
    const LIST = `${PORTAL}/vi/dossier/processing`;
    const builtIn = readDossierList(loadPage('igate-list.html'), LIST);
    const recipe = portalRecipe({}, { dueAt: { header: 'Ngày tiếp nhận' } });
    const { rows } = readTaughtPage(loadPage('igate-list.html'), LIST, [recipe]);
    expect(rows).toHaveLength(320);
    expect(rows.map((r) => r.summary.code)).toEqual(builtIn.map((r) => r.code));
    expect(rows.map((r) => r.summary.dueAt)).toEqual(builtIn.map((r) => r.receivedAt));
  });
});
