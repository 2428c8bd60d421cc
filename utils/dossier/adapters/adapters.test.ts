// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../tests/portal/catalog.mjs';
import { renderPage, shiftDay } from '../../../tests/portal/render.mjs';
import { readDossier, readDossierList } from '..';
import { civilStatus, selectors as civilStatusSelectors } from './civil-status';
import { generic, selectors as genericSelectors } from './generic';
import { igate, selectors as igateSelectors } from './igate';
import { ADAPTERS } from './registry';

const TODAY = '2026-11-25';
const BASE = 'http://127.0.0.1:4173';

function load(file: string): Document {
  const html = renderPage(readFileSync(`tests/portal/pages/${file}`, 'utf8'), TODAY).replace('{{catalog-links}}', '');
  return new DOMParser().parseFromString(html, 'text/html');
}

const dossierPages = CATALOG.filter((p) => p.expected && p.file !== 'spa.html');

describe.each(dossierPages)('$file', (page) => {
  const reading = readDossier(load(page.file), BASE + page.path);
  const expected = page.expected;
  if (!expected) throw new Error('catalog');

  it('is read by the expected adapter', () => expect(reading.adapter).toBe(page.adapter));

  it('reads code, kind, applicant, status and dates', () => {
    const d = reading.dossier;
    expect(d?.code).toBe(renderPage(expected.code, TODAY));
    expect(d?.kind).toBe(expected.kind);
    expect(d?.applicant.name).toBe(expected.applicantName);
    expect(d?.status).toBe(expected.status);
    expect(d?.receivedAt?.slice(0, 10)).toBe(shiftDay(TODAY, expected.receivedOffsetDays));
    const due = expected.dueOffsetDays;
    expect(d?.dueAt?.slice(0, 10)).toBe(due === undefined ? undefined : shiftDay(TODAY, due));
  });

  it('returns only NFC text', () => {
    const json = JSON.stringify(reading);
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('field by field', () => {
  it('iGate birth: times, contacts and the child', () => {
    const { dossier, missing } = readDossier(load('igate-birth.html'), `${BASE}/vi/dossier/processing/1012`);
    expect(dossier).toMatchObject({
      procedureName:
        'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
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
    expect(missing).toEqual([]);
  });

  it('iGate marriage and death: the subjects', () => {
    const marriage = readDossier(load('igate-marriage.html'), `${BASE}/vi/dossier/search/1013`).dossier;
    expect(marriage?.spouses?.map((s) => s.name)).toEqual(['Lê Quốc Bảo', 'Phạm Thị Ngọc Ánh']);
    const death = readDossier(load('igate-death.html'), `${BASE}/vi/dossier/processing/1014`).dossier;
    expect(death?.deceased).toEqual({ name: 'Nguyễn Văn Tư', deathDate: '2026-11-17' });
  });

  it('civil-status birth: the child from its own section, NFD turned into NFC', () => {
    const { dossier } = readDossier(load('civil-status-birth.html'), `${BASE}/hotich/khai-sinh/chi-tiet/2021`);
    expect(dossier?.child).toEqual({ name: 'Nguyễn Ngọc Diệp', gender: 'female', birthDate: '2026-09-11' });
    expect(dossier?.applicant).toMatchObject({ name: 'Phạm Thị Hương', gender: 'female', idNumber: '089190004567' });
    expect(dossier?.receivedAt).toBe('2026-11-25T14:40:00+07:00');
    expect(dossier?.dueAt).toBe('2026-11-25');
  });

  it('civil-status marriage and death: spouses and the deceased from their sections', () => {
    const marriage = readDossier(load('civil-status-marriage.html'), `${BASE}/hotich/ket-hon/chi-tiet/2022`).dossier;
    expect(marriage?.spouses?.map((s) => s.name)).toEqual(['Đỗ Minh Tuấn', 'Huỳnh Thị Thu Trang']);
    const death = readDossier(load('civil-status-death.html'), `${BASE}/hotich/khai-tu/chi-tiet/2023`).dossier;
    expect(death?.deceased).toEqual({ name: 'Bùi Văn Hạnh', deathDate: '2026-11-22' });
  });

  it('the hostile page: markup stays text, first value of a repeated label wins, bad dates are missing', () => {
    const { dossier, missing } = readDossier(load('hostile.html'), `${BASE}/hostile`);
    expect(dossier?.applicant.name).toBe('<img src=x onerror="window.__mcttPwned=1">');
    expect(dossier?.procedureName).toBe('<script>window.__mcttPwned=2</script>Cấp giấy xác nhận');
    expect(dossier?.receivedAt).toBe('2026-11-23');
    expect(missing).toEqual(['dueAt', 'status']);
  });
});

describe('pages that are not a dossier', () => {
  it.each([
    ['home.html', '/'],
    ['igate-list.html', '/vi/dossier/processing'],
  ])('%s', (file, path) => {
    expect(readDossier(load(file), BASE + path)).toEqual({ adapter: null, dossier: null, missing: [] });
  });

  it('an empty document and a broken URL', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    expect(readDossier(doc, 'not a url').dossier).toBeNull();
    expect(readDossierList(doc, 'not a url')).toEqual([]);
  });
});

describe('list page', () => {
  const rows = readDossierList(load('igate-list.html'), `${BASE}/vi/dossier/processing`);

  it('reads every row', () => expect(rows).toHaveLength(320));

  it('reads each row field by field', () => {
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
    expect(rows.map((r) => r.kind).slice(0, 4)).toEqual(['birth', 'marriage', 'death', 'other']);
  });
});

describe('civil-status list page', () => {
  it('reads the grid, skipping the pager row', () => {
    const rows = readDossierList(load('civil-status-list.html'), `${BASE}/hotich/tra-cuu`);
    expect(rows.map((r) => [r.kind, r.status, r.dueAt])).toEqual([
      ['birth', 'received', '2026-11-25'],
      ['marriage', 'processing', '2026-11-28'],
      ['death', 'result-ready', '2026-11-26'],
      ['birth', 'processing', '2026-11-24'],
    ]);
  });
});

describe('selectors still match their fixtures', () => {
  const cases: Array<[string, Record<string, readonly string[]>, string[]]> = [
    ['igate', igateSelectors, ['igate-birth.html', 'igate-death.html', 'igate-construction.html', 'igate-list.html']],
    ['civil-status', civilStatusSelectors, ['civil-status-birth.html', 'civil-status-list.html']],
    ['generic', genericSelectors, ['generic-certification.html', 'hostile.html']],
  ];
  it.each(cases)('%s', (_id, selectorSets, files) => {
    const docs = files.map(load);
    for (const [name, list] of Object.entries(selectorSets)) {
      for (const selector of list) {
        const found = docs.some((doc) => doc.querySelector(selector));
        expect(found, `${name}: ${selector}`).toBe(true);
      }
    }
  });
});

describe('URL detectors', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s claims its own example URLs', (_id, adapter) => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    for (const url of adapter.exampleUrls) expect(adapter.matches(url, doc), url).toBe(true);
  });

  it.each([
    ['igate', igate, civilStatus.exampleUrls.concat(generic.exampleUrls)],
    ['civil-status', civilStatus, igate.exampleUrls.concat(generic.exampleUrls)],
  ])('%s rejects the other adapters’ URLs', (_id, adapter, urls) => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    for (const url of urls) expect(adapter.matches(url, doc), url).toBe(false);
  });

  it('generic stays off hosts outside gov.vn and loopback', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    expect(generic.matches('https://example.com/ho-so', doc)).toBe(false);
    expect(generic.matches('https://gov.vn.example.com/', doc)).toBe(false);
  });
});
