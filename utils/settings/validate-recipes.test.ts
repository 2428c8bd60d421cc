import { describe, expect, it } from 'vitest';
import type { Recipe } from '../dossier/recipes/types';
import { DEFAULT_SETTINGS } from './schema';
import { validatePartialSettings, validateSettings } from './validate';

const recipe: Recipe = {
  host: 'motcua.tanphu.gov.vn',
  fields: {
    code: { label: 'Số tiếp nhận', selector: 'a.lnk-ma' },
    dueAt: { label: 'Hẹn trả ngày' },
    applicantName: { selector: '[formcontrolname="applicant"]' },
  },
  columns: { code: { header: 'Số tiếp nhận' }, dueAt: { selector: 'td.c-hen-tra' } },
};

const withRecipes = (recipes: unknown) => ({ ...DEFAULT_SETTINGS, recipes });
const errorsOf = (value: unknown) => {
  const result = validateSettings(value);
  return result.ok ? [] : result.errors;
};

describe('the recipes section', () => {
  it('accepts a recipe of labels and short selectors, as it is', () => {
    expect(validateSettings(withRecipes([recipe]))).toEqual({ ok: true, value: withRecipes([recipe]) });
  });

  it('fills an absent fields or columns map with an empty one', () => {
    const result = validateSettings(withRecipes([{ host: 'x.gov.vn', columns: recipe.columns }]));
    expect(result.ok && result.value.recipes).toEqual([{ host: 'x.gov.vn', fields: {}, columns: recipe.columns }]);
  });

  it.each<[string, unknown, string]>([
    [
      'an unknown field',
      { ...recipe, fields: { nguoiKy: { label: 'Người ký' } } },
      '“settings.recipes[0].fields.nguoiKy”: không phải trường đọc được (code, procedureName, applicantName, receivedAt, dueAt, status).',
    ],
    [
      'an unknown way of finding',
      { ...recipe, fields: { code: { label: 'Số tiếp nhận', xpath: '//td[2]' } } },
      '“settings.recipes[0].fields.code.xpath”: không phải cách tìm đã biết (chỉ có “label” và “selector”).',
    ],
    [
      'an unknown part of a recipe',
      { ...recipe, script: 'alert(1)' },
      '“settings.recipes[0].script”: không phải mục của cách đọc (chỉ có “host”, “fields”, “columns”).',
    ],
    [
      'an nth-child chain',
      { ...recipe, fields: { dueAt: { selector: 'table > tbody > tr:nth-child(5) > td:nth-child(2)' } } },
      '“settings.recipes[0].fields.dueAt.selector”: là đường dẫn theo vị trí (như :nth-child hay một chuỗi “>” dài), sẽ sai khi cổng thêm một dòng (đang là "table > tbody > tr:nth-child(5) > td…).',
    ],
    [
      'a long path without positions',
      { ...recipe, columns: { dueAt: { selector: 'div.a > div.b > span.c' } } },
      '“settings.recipes[0].columns.dueAt.selector”: là đường dẫn theo vị trí (như :nth-child hay một chuỗi “>” dài), sẽ sai khi cổng thêm một dòng (đang là "div.a > div.b > span.c").',
    ],
    [
      'a selector that is not CSS',
      { ...recipe, fields: { code: { selector: 'td[class=' } } },
      '“settings.recipes[0].fields.code.selector”: không phải bộ chọn CSS được phép (chỉ gồm thẻ, #mã, .lớp, [thuộc tính="giá trị"], tối đa hai phần) (đang là "td[class=").',
    ],
    [
      'a bare tag',
      { ...recipe, fields: { code: { selector: 'td' } } },
      '“settings.recipes[0].fields.code.selector”: chỉ có tên thẻ, không đủ để tìm lại (cần mã, lớp hoặc thuộc tính ổn định) (đang là "td").',
    ],
    [
      'script in a selector',
      { ...recipe, fields: { code: { selector: 'a[href="javascript:alert(1)"]' } } },
      '“settings.recipes[0].fields.code.selector”: có nội dung giống mã lệnh, không phải cách tìm trên trang (đang là "a[href=\\"javascript:alert(1)\\"]").',
    ],
    [
      'markup in a label',
      { ...recipe, fields: { code: { label: '<img src=x onerror=alert(1)>' } } },
      '“settings.recipes[0].fields.code.label”: có nội dung giống mã lệnh, không phải chữ in trên trang (đang là "<img src=x onerror=alert(1)>").',
    ],
    [
      'a citizen’s value as a label',
      { ...recipe, fields: { dueAt: { label: '27/11/2026' } } },
      '“settings.recipes[0].fields.dueAt.label”: không được có chữ số: nhãn là chữ in sẵn trên trang, không phải giá trị của hồ sơ (đang là "27/11/2026").',
    ],
    [
      'an over-long label',
      { ...recipe, fields: { code: { label: 'Số tiếp nhận '.repeat(10) } } },
      '“settings.recipes[0].fields.code.label”: dài quá 80 ký tự.',
    ],
    [
      'an over-long selector',
      { ...recipe, fields: { code: { selector: `.${'a'.repeat(130)}` } } },
      '“settings.recipes[0].fields.code.selector”: dài quá 120 ký tự (đang là ".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…).',
    ],
    [
      'a web address for a host',
      { ...recipe, host: 'https://motcua.tanphu.gov.vn/ho-so' },
      '“settings.recipes[0].host”: phải là tên máy chủ của cổng, chữ thường, không có “http://”, cổng hay đường dẫn (ví dụ motcua.tanphu.gov.vn) (đang là "https://motcua.tanphu.gov.vn/ho-so").',
    ],
    [
      'a wildcard host',
      { ...recipe, host: '*.gov.vn' },
      '“settings.recipes[0].host”: phải là tên máy chủ của cổng, chữ thường, không có “http://”, cổng hay đường dẫn (ví dụ motcua.tanphu.gov.vn) (đang là "*.gov.vn").',
    ],
    [
      'an empty locator',
      { ...recipe, fields: { code: {} } },
      '“settings.recipes[0].fields.code”: phải có “label” hoặc “selector”.',
    ],
    [
      'a recipe teaching nothing',
      { host: 'motcua.tanphu.gov.vn', fields: {}, columns: {} },
      '“settings.recipes[0]”: chưa dạy trường nào (cần ít nhất một trường trong “fields” hoặc “columns”).',
    ],
  ])('refuses %s', (_, bad, error) => {
    expect(errorsOf(withRecipes([bad]))).toEqual([error]);
  });

  it('refuses two recipes for one host', () => {
    expect(errorsOf(withRecipes([recipe, recipe]))).toEqual([
      '“settings.recipes[1].host”: trùng cổng với một cách đọc khác (“motcua.tanphu.gov.vn”).',
    ]);
  });

  it('refuses a recipe list that is not a list', () => {
    expect(errorsOf(withRecipes({ host: 'x' }))).toEqual([
      '“settings.recipes”: phải là một danh sách (đang là {"host":"x"}).',
    ]);
  });

  it('a policy gives whole recipes too: a partial one is refused', () => {
    expect(validatePartialSettings({ recipes: [recipe] })).toEqual({ ok: true, value: { recipes: [recipe] } });
    expect(validatePartialSettings({ recipes: [{ fields: recipe.fields }] }).ok).toBe(false);
  });
});
