// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../tests/portal/catalog.mjs';
import { dayFromOffset, dayOf, expectedDossier, FIXED_TODAY, loadPage, PORTAL } from '../../../tests/portal/load-page';
import { listRows, renderPage } from '../../../tests/portal/render.mjs';
import { clockOwner } from '../../deadline';
import { readDossier, readDossierList } from '..';
import { selectors as civilStatusSelectors } from './civil-status';
import { selectors as genericSelectors } from './generic';
import { selectors as igateSelectors } from './igate';

// The SPA renders itself from script: tests/portal/portal.test.ts runs it.
const dossierPages = CATALOG.filter((p) => p.expected && p.file !== 'spa.html');

describe.each(dossierPages)('$file', (page) => {
  const reading = readDossier(loadPage(page.file), PORTAL + page.path);
  const expected = page.expected;
  if (!expected) throw new Error('catalog');

  it('is read by the expected adapter', () => expect(reading.adapter).toBe(page.adapter));

  it('reads the catalogued fields', () => expect(reading.dossier).toMatchObject(expectedDossier(expected)));

  it('reads the received and due days', () => {
    expect(dayOf(reading.dossier?.receivedAt)).toBe(dayFromOffset(expected.receivedOffsetDays));
    expect(dayOf(reading.dossier?.dueAt)).toBe(dayFromOffset(expected.dueOffsetDays));
  });

  it('reports what is missing', () => expect(reading.missing).toEqual(expected.missing));

  it('returns only NFC text', () => {
    const json = JSON.stringify(reading);
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('field by field', () => {
  it('iGate birth: times, contacts, and the child apart from the mother', () => {
    const { dossier } = readDossier(loadPage('igate-birth.html'), `${PORTAL}/vi/dossier/processing/1012`);
    expect(dossier).toEqual({
      code: '000.17.22.H56-261124-0012',
      procedureName:
        'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      kind: 'birth',
      status: 'processing',
      statusText: 'Đang xử lý',
      field: 'Hộ tịch',
      receivedAt: '2026-11-24T09:15:00+07:00',
      dueAt: '2026-11-26T16:30:00+07:00',
      applicant: {
        name: 'Trần Văn Hùng',
        gender: 'male',
        idNumber: '089088001234',
        phone: '0912 345 678',
        email: 'tranvanhung@example.vn',
        address: 'Ấp Tân Hòa, xã Tân Phú, tỉnh An Giang',
      },
      child: { name: 'Trần Minh Khôi', birthDate: '2026-11-05', gender: 'male' },
    });
  });

  it('iGate marriage: each spouse’s birth date follows their name', () => {
    const { dossier } = readDossier(loadPage('igate-marriage.html'), `${PORTAL}/vi/dossier/search/1013`);
    expect(dossier?.spouses).toEqual([
      { name: 'Lê Quốc Bảo', birthDate: '1995-10-20' },
      { name: 'Phạm Thị Ngọc Ánh', birthDate: '1998-02-02' },
    ]);
  });

  it('iGate death: the deceased from their card', () => {
    const { dossier } = readDossier(loadPage('igate-death.html'), `${PORTAL}/vi/dossier/processing/1014`);
    expect(dossier?.deceased).toEqual({
      name: 'Nguyễn Văn Tư',
      gender: 'male',
      birthDate: '1941-07-04',
      deathDate: '2026-11-17',
    });
    expect(dossier?.applicant).toMatchObject({ name: 'Nguyễn Thị Mai', gender: 'female' });
  });

  it('iGate construction: read-only Material inputs', () => {
    const { dossier } = readDossier(loadPage('igate-construction.html'), `${PORTAL}/vi/dossier/processing/1015`);
    expect(dossier).toMatchObject({
      field: 'Xây dựng',
      receivedAt: '2026-11-21T08:00:00+07:00',
      dueAt: '2026-12-04',
      applicant: {
        name: 'Võ Thành Tâm',
        idNumber: '089088001534',
        phone: '0912 345 678',
        email: 'vothanhtam@example.vn',
      },
    });
    expect(dossier?.applicant.address).toBeUndefined();
  });

  it('civil-status birth: the child from its own section, NFD turned into NFC', () => {
    const { dossier } = readDossier(loadPage('civil-status-birth.html'), `${PORTAL}/hotich/khai-sinh/chi-tiet/2021`);
    expect(dossier?.child).toEqual({ name: 'Nguyễn Ngọc Diệp', gender: 'female', birthDate: '2026-09-11' });
    expect(dossier?.applicant).toEqual({
      name: 'Phạm Thị Hương',
      gender: 'female',
      idNumber: '089190004567',
      phone: '0987 654 321',
    });
    expect(dossier?.receivedAt).toBe('2026-11-25T14:40:00+07:00');
    expect(dossier?.dueAt).toBe('2026-11-25');
  });

  it('civil-status marriage: spouses from their sections', () => {
    const { dossier } = readDossier(loadPage('civil-status-marriage.html'), `${PORTAL}/hotich/ket-hon/chi-tiet/2022`);
    expect(dossier?.spouses).toEqual([
      { name: 'Đỗ Minh Tuấn', birthDate: '1995-10-20' },
      { name: 'Huỳnh Thị Thu Trang', birthDate: '1998-02-02' },
    ]);
  });

  it('civil-status death: the deceased from a table section; the witness’s phone is not the applicant’s', () => {
    const { dossier } = readDossier(loadPage('civil-status-death.html'), `${PORTAL}/hotich/khai-tu/chi-tiet/2023`);
    expect(dossier?.deceased).toEqual({
      name: 'Bùi Văn Hạnh',
      gender: 'male',
      birthDate: '1940-01-01',
      deathDate: '2026-11-22',
    });
    expect(dossier?.applicant).toEqual({ name: 'Bùi Văn Lộc', gender: 'male', idNumber: '089190004567' });
  });

  it('generic inline page: values on text lines; site footer and menus ignored', () => {
    const { dossier } = readDossier(loadPage('generic-inline.html'), `${PORTAL}/p/home/dvc-tra-cuu-ho-so.html`);
    expect(dossier).toMatchObject({
      receivedAt: '2026-11-24',
      dueAt: '2026-11-29T16:00:00+07:00',
      applicant: { name: 'Đinh Công Nam', phone: '0903 111 222', email: 'dinhcongnam@example.vn' },
    });
    expect(dossier?.applicant.address).toBeUndefined();
  });

  it('the hostile page: markup stays text, first value of a repeated label wins, bad dates are missing', () => {
    const { dossier } = readDossier(loadPage('hostile.html'), `${PORTAL}/hostile`);
    expect(dossier?.applicant.name).toBe('<img src=x onerror="window.__mcttPwned=1">');
    expect(dossier?.procedureName).toBe('<script>window.__mcttPwned=2</script>Cấp giấy xác nhận');
    expect(dossier?.code).toBe('000.17.22.H56-261123-0666');
    expect(dossier?.receivedAt).toBe('2026-11-23');
    expect(dossier?.dueAt).toBeUndefined();
    expect(dossier?.applicant.phone).toBe('0912345678');
    expect(dossier?.applicant.address).toHaveLength(500);
  });
});

describe('pages that are not a dossier', () => {
  it.each(CATALOG.filter((p) => !p.expected))('$file', (page) => {
    expect(readDossier(loadPage(page.file), PORTAL + page.path)).toEqual({ adapter: null, dossier: null, missing: [] });
  });
});

describe('list pages', () => {
  it.each(CATALOG.filter((p) => p.list))('$file has $list.rows rows', (page) => {
    expect(readDossierList(loadPage(page.file), PORTAL + page.path)).toHaveLength(page.list?.rows ?? -1);
  });

  it.each(CATALOG.filter((p) => p.list?.items))(
    '$file: each catalogued row, its due time and whether it is done',
    (page) => {
      const rows = readDossierList(loadPage(page.file), PORTAL + page.path);
      for (const item of page.list?.items ?? []) {
        const code = renderPage(item.code, FIXED_TODAY);
        const row = rows.find((r) => r.code === code);
        const day = dayFromOffset(item.dueOffsetDays);
        expect(row?.dueAt, code).toBe(day && item.dueTime ? `${day}T${item.dueTime}:00+07:00` : day);
        // A finished row is nobody's turn any more; the others are the office's or the citizen's.
        expect(clockOwner(row?.status ?? 'unknown') === 'nobody', code).toBe(
          item.finished || item.status === 'result-ready',
        );
      }
    },
  );

  it('iGate list: each row field by field, as generated', () => {
    const rows = readDossierList(loadPage('igate-list.html'), `${PORTAL}/vi/dossier/processing`);
    const generated = listRows(FIXED_TODAY, 320);
    expect(rows[0]).toEqual({
      code: '000.17.22.H56-261124-0001',
      procedureName:
        'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      kind: 'birth',
      status: 'received',
      statusText: 'Mới tiếp nhận',
      applicantName: 'Nguyễn Văn An',
      receivedAt: '2026-11-24T08:00:00+07:00',
      dueAt: '2026-11-20',
    });
    expect(rows.map((r) => r.code)).toEqual(generated.map((g) => g.code));
    expect(rows.map((r) => r.dueAt)).toEqual(generated.map((g) => dayFromOffset(g.dueOffset)));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['birth', 'marriage', 'death', 'other']));
  });

  it('iGate search: Material flex table rows', () => {
    const rows = readDossierList(loadPage('igate-search.html'), `${PORTAL}/vi/dossier/search`);
    expect(rows[1]).toEqual({
      code: '000.17.22.H56-261123-0002',
      procedureName: 'Đăng ký kết hôn',
      kind: 'marriage',
      status: 'processing',
      statusText: 'Đang xử lý',
      applicantName: 'Trần Quốc Dũng',
      receivedAt: '2026-11-23',
      dueAt: '2026-11-21T17:00:00+07:00',
    });
  });

  it('civil-status list: the grid, skipping the pager row', () => {
    const rows = readDossierList(loadPage('civil-status-list.html'), `${PORTAL}/hotich/tra-cuu`);
    expect(rows.map((r) => [r.kind, r.status, r.dueAt])).toEqual([
      ['birth', 'received', '2026-11-25'],
      ['marriage', 'processing', '2026-11-28'],
      ['death', 'result-ready', '2026-11-26'],
      // "Đăng ký lại khai sinh": a re-registration, not a new birth.
      ['other', 'processing', '2026-11-24'],
    ]);
  });
});

describe('a list the page keeps hidden is not read', () => {
  // A collapsed expansion panel, or a hidden tab, keeps its list in the DOM.
  const hideCopy = (doc: Document, selector: string, wrapper: string) => {
    const list = doc.querySelector(selector);
    if (!list) throw new Error(`no ${selector}`);
    const holder = doc.createElement('div');
    holder.innerHTML = wrapper;
    const slot = holder.querySelector('[data-slot]') ?? holder;
    slot.append(list.cloneNode(true));
    for (const cell of Array.from(slot.querySelectorAll('td, mat-cell'))) {
      cell.textContent = (cell.textContent ?? '').replace(/-(\d{4})\b/, '-9$1');
    }
    list.before(holder);
  };

  it.each([
    [
      'a collapsed Material panel',
      '<div role="region" class="mat-expansion-panel-content" style="visibility: hidden;" data-slot></div>',
    ],
    ['a hidden tab', '<div hidden data-slot></div>'],
  ])('iGate: a copy in %s', (_, wrapper) => {
    const url = `${PORTAL}/vi/dossier/processing`;
    const shown = readDossierList(loadPage('igate-list.html'), url).map((r) => r.code);
    const doc = loadPage('igate-list.html');
    hideCopy(doc, 'table.mat-table', wrapper);
    expect(readDossierList(doc, url).map((r) => r.code)).toEqual(shown);
  });

  it('civil-status: a hidden grid before the shown one', () => {
    const url = `${PORTAL}/hotich/tra-cuu`;
    const shown = readDossierList(loadPage('civil-status-list.html'), url).map((r) => r.code);
    const doc = loadPage('civil-status-list.html');
    hideCopy(doc, 'table.ht-grid', '<div style="display:none" data-slot></div>');
    expect(shown).toHaveLength(4);
    expect(readDossierList(doc, url).map((r) => r.code)).toEqual(shown);
  });
});

describe('every selector still matches its fixtures', () => {
  const cases: Array<[string, Record<string, readonly string[]>]> = [
    ['igate', igateSelectors],
    ['civil-status', civilStatusSelectors],
    ['generic', genericSelectors],
  ];
  it.each(cases)('%s', (id, selectorSets) => {
    const docs = CATALOG.filter((p) => p.adapter === id).map((p) => loadPage(p.file));
    for (const [name, list] of Object.entries(selectorSets)) {
      for (const selector of list) {
        expect(
          docs.some((doc) => doc.querySelector(selector)),
          `${name}: ${selector}`,
        ).toBe(true);
      }
    }
  });
});
