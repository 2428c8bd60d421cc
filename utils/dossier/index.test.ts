// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDossier, readDossierList, readListRows } from '.';

const NONE = { adapter: null, dossier: null, missing: [] };
const URL_GENERIC = 'http://127.0.0.1:4173/ho-so/1';
const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('readDossier: the contract', () => {
  it('a page with a code, a procedure and an applicant is a dossier; what it lacks is reported', () => {
    const reading = readDossier(
      page('<dl><dt>Mã hồ sơ</dt><dd>HS-2026-000123</dd><dt>Thủ tục</dt><dd>Đăng ký khai sinh</dd></dl>'),
      URL_GENERIC,
    );
    expect(reading).toEqual({
      adapter: 'generic',
      dossier: {
        code: 'HS-2026-000123',
        procedureName: 'Đăng ký khai sinh',
        kind: 'birth',
        status: 'unknown',
        statusText: '',
        applicant: { name: '' },
      },
      missing: ['applicant.name', 'receivedAt', 'dueAt', 'status', 'child.name', 'child.birthDate'],
    });
  });

  it('finds an unlabelled code in the text when it is the only one', () => {
    const reading = readDossier(
      page('<h2>Hồ sơ 000.17.22.H56-261124-0001</h2><p>Chủ hồ sơ: Nguyễn Văn An</p>'),
      URL_GENERIC,
    );
    expect(reading.dossier?.code).toBe('000.17.22.H56-261124-0001');
  });

  it.each([
    ['a code alone', '<p>Mã hồ sơ: HS-2026-000123</p>'],
    ['a procedure alone', '<p>Thủ tục: Đăng ký khai sinh</p>'],
    [
      'two codes in the text and no label',
      '<p>000.17.22.H56-261124-0001</p><p>000.17.22.H56-261124-0002</p><p>Chủ hồ sơ: An</p>',
    ],
    ['an empty page', ''],
  ])('%s is no dossier', (_title, html) => expect(readDossier(page(html), URL_GENERIC)).toEqual(NONE));

  it('reads a portal outside gov.vn that a team lead enabled (the content script runs only on enabled hosts)', () => {
    const reading = readDossier(page('<p>Mã hồ sơ: HS-2026-1</p><p>Chủ hồ sơ: An</p>'), 'https://motcua.tinh-mau.vn/');
    expect(reading).toMatchObject({ adapter: 'generic', dossier: { code: 'HS-2026-1' } });
  });

  it('no reading for what is not a web page', () => {
    expect(readDossier(page('<p>Mã hồ sơ: HS-2026-1</p><p>Chủ hồ sơ: An</p>'), 'not a url')).toEqual(NONE);
  });

  it('markup elements inside a value give their text only and never run', () => {
    const reading = readDossier(
      page(
        '<dl><dt>Mã hồ sơ</dt><dd>HS-2026-1</dd><dt>Chủ hồ sơ</dt><dd><img src="x" onerror="window.__mctt=1">Nguyễn <b>Văn</b> An<script>window.__mctt=2</script></dd></dl>',
      ),
      URL_GENERIC,
    );
    expect(reading.dossier?.applicant.name).toBe('Nguyễn Văn An');
    expect((window as { __mctt?: number }).__mctt).toBeUndefined();
  });

  it('reads a 1 MB page', () => {
    const filler = `<p>${'Nội dung hướng dẫn thủ tục hành chính. '.repeat(14_000)}</p>`;
    const html = `${filler}<dl><dt>Mã hồ sơ</dt><dd>HS-2026-7</dd><dt>Chủ hồ sơ</dt><dd>An</dd></dl>${filler}`;
    expect(html.length).toBeGreaterThan(1024 * 1024);
    expect(readDossier(page(html), URL_GENERIC).dossier?.code).toBe('HS-2026-7');
  });
});

describe('never throws', () => {
  // A document whose every property access fails: what a page torn down mid-read can look like.
  const broken = new Proxy({} as Document, {
    get() {
      throw new Error('detached');
    },
  });

  it.each([
    ['a broken document', broken, URL_GENERIC],
    ['a broken document on an iGate URL', broken, 'https://motcua.angiang.gov.vn/vi/dossier/processing/1'],
    ['a broken URL', page('<p>Mã hồ sơ: HS-2026-1</p>'), 'not a url'],
  ])('%s', (_title, doc, url) => {
    expect(readDossier(doc, url)).toEqual(NONE);
    expect(readListRows(doc, url)).toEqual([]);
    expect(readDossierList(doc, url)).toEqual([]);
  });
});
