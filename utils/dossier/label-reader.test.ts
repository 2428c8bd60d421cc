// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readLabelPairs } from './label-reader';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('readLabelPairs', () => {
  it.each([
    ['div grid', '<div class="row"><div>Mã hồ sơ:</div><div>HS-1</div></div>'],
    ['table th/td', '<table><tr><th>Mã hồ sơ</th><td>HS-1</td></tr></table>'],
    ['table td/td', '<table><tr><td>Mã hồ sơ</td><td>HS-1</td></tr></table>'],
    ['definition list', '<dl><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>'],
    ['label then span', '<div><label>Mã hồ sơ</label><span>HS-1</span></div>'],
    ['bold label in a paragraph', '<p><b>Mã hồ sơ:</b> HS-1</p>'],
    ['one line of text', '<p>Mã hồ sơ: HS-1</p>'],
    [
      'label wrapped in its own cell',
      '<div class="r"><div class="c"><span>Mã hồ sơ</span></div><div class="c">HS-1</div></div>',
    ],
    ['NFD label', '<dl><dt>Ma\u0303 ho\u0302\u0300 so\u031b</dt><dd>HS-1</dd></dl>'],
  ])('%s', (_title, html) => expect(readLabelPairs(parse(html)).code).toBe('HS-1'));

  it('keeps the first non-empty value of a repeated label', () => {
    const pairs = readLabelPairs(
      parse('<dl><dt>Chủ hồ sơ</dt><dd> </dd><dt>Chủ hồ sơ</dt><dd>A</dd><dt>Người nộp</dt><dd>B</dd></dl>'),
    );
    expect(pairs.applicantName).toBe('A');
  });

  it('never takes another label as a value', () => {
    expect(readLabelPairs(parse('<dl><dt>Mã hồ sơ</dt><dd>Trạng thái</dd></dl>')).code).toBeUndefined();
  });

  it('returns markup in values as plain text', () => {
    const pairs = readLabelPairs(parse('<dl><dt>Chủ hồ sơ</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd></dl>'));
    expect(pairs.applicantName).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads a page with a megabyte of text without trouble', () => {
    const filler = `<p>${'Nội dung dài. '.repeat(80_000)}</p>`;
    const pairs = readLabelPairs(parse(`${filler}<dl><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>${filler}`));
    expect(pairs.code).toBe('HS-1');
  });
});
