import { describe, expect, it } from 'vitest';
import { forgetField, forgetHost, teachField } from './edit';
import { selectorProblem } from './selector';
import type { Recipe } from './types';

describe('the selectors a recipe may hold', () => {
  it.each([
    '#hen-tra',
    'span#ctl00_cph_lblHenTra',
    'td.c-hen',
    'span.gia-tri.hen-tra',
    '[formcontrolname="appointmentDate"]',
    'input[name="ngayHenTra"]',
    '[id="ctl00$cph$lblHenTra"]',
    'td.c-so a',
    'div.field > span',
    '[data-field]',
  ])('%s is fine', (selector) => expect(selectorProblem(selector)).toBeNull());

  it.each([
    ['td:nth-child(2)', /vị trí/],
    ['tr:first-child td.x', /vị trí/],
    ['li:eq(3)', /vị trí/],
    ['div.a > div.b > span.c', /vị trí/],
    ['table tbody tr', /vị trí/],
    ['td', /chỉ có tên thẻ/],
    ['td span', /chỉ có tên thẻ/],
    ['span:hover', /không phải bộ chọn CSS được phép/],
    ['a, b', /không phải bộ chọn CSS được phép/],
    ['*', /không phải bộ chọn CSS được phép/],
    ['div ~ span.x', /không phải bộ chọn CSS được phép/],
    ['[name=x]', /không phải bộ chọn CSS được phép/],
    ['td[class="a"', /không phải bộ chọn CSS được phép/],
    ['#1abc', /không phải bộ chọn CSS được phép/],
    ['a[href="javascript:void(0)"]', /giống mã lệnh/],
    ['[onclick="x"]', /giống mã lệnh/],
    ['', /trống/],
  ])('%s is refused', (selector, problem) => expect(selectorProblem(selector)).toMatch(problem));
});

describe('editing recipes', () => {
  const host = 'motcua.tanphu.gov.vn';
  const other: Recipe = { host: 'khac.gov.vn', fields: { code: { label: 'Mã' } }, columns: {} };

  it('teaching a field creates the host’s recipe, then adds to it, leaving other hosts alone', () => {
    const one = teachField([other], host, 'dossier', 'code', { label: 'Số tiếp nhận' });
    const two = teachField(one, host, 'list', 'dueAt', { header: 'Hẹn trả ngày' });
    const three = teachField(two, host, 'dossier', 'code', { selector: 'a.lnk-ma' });
    expect(three).toEqual([
      other,
      { host, fields: { code: { selector: 'a.lnk-ma' } }, columns: { dueAt: { header: 'Hẹn trả ngày' } } },
    ]);
    expect(one).toHaveLength(2);
  });

  it('forgetting the last field forgets the recipe', () => {
    const recipes = teachField([other], host, 'dossier', 'code', { label: 'Số tiếp nhận' });
    expect(forgetField(recipes, host, 'dossier', 'code')).toEqual([other]);
    expect(forgetField(recipes, host, 'list', 'code')).toEqual(recipes);
    expect(forgetHost(recipes, 'khac.gov.vn')).toEqual([recipes[1]]);
  });
});
