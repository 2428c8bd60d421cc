import { describe, expect, it } from 'vitest';
import { condolenceTemplate } from '../letters/test-fixtures';
import { repairSettings } from './repair';
import { DEFAULT_SETTINGS } from './schema';

describe('repairSettings', () => {
  it('keeps good settings whole and says nothing', () => {
    const stored = { ...DEFAULT_SETTINGS, deadline: { ...DEFAULT_SETTINGS.deadline, soonWorkingDays: 5 } };
    expect(repairSettings(stored)).toEqual({ value: stored, problems: [] });
    expect(repairSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, problems: [] });
  });

  it.each<[string, unknown, string[]]>([
    ['a script that is null', { scripts: [null] }, ['lời nói']],
    ['a number for the office', { office: 7 }, ['thông tin cơ quan']],
    [
      'a string for the whole value',
      'cài đặt',
      ['hạn xử lý', 'lời nói', 'thông tin cơ quan', 'mẫu thư', 'sổ theo dõi'],
    ],
    ['an array for the whole value', [1, 2], ['hạn xử lý']],
    ['a template block of no known type', { letters: { templates: { condolence: { blocks: [{}] } } } }, ['mẫu thư']],
    ['a retention of a thousand months', { register: { retentionMonths: 1000 } }, ['sổ theo dõi']],
    ['a desk id that is not one this browser makes', { desk: { name: 'Bàn 1', id: '<script>' } }, ['tên bàn']],
    ['a recipe that is null', { recipes: [null] }, ['cách đọc cổng']],
    ['the plan’s words as a number', { plan: { fourAsks: 4 } }, ['4 xin, 4 luôn, 5 không']],
    ['a share-codes choice that is not yes or no', { register: { shareDossierCodes: 'có' } }, ['sổ theo dõi']],
    ['a desk screen slogan that is null', { deskScreen: { slides: [null] } }, ['màn hình quầy và bảng niêm yết']],
    [
      'a QR link that is a script',
      { deskScreen: { lookupUrl: 'javascript:alert(1)' } },
      ['màn hình quầy và bảng niêm yết'],
    ],
  ])('%s: that section falls back to the defaults, with a notice', (_, stored, sections) => {
    const { value, problems } = repairSettings(stored);
    expect(problems).toHaveLength(1);
    for (const section of sections) expect(problems[0]).toContain(`“${section}”`);
    // Every reader can use the result.
    expect(Array.isArray(value.scripts)).toBe(true);
    expect(typeof value.deadline.soonWorkingDays).toBe('number');
  });

  it('keeps this browser’s desk: its name and the id the commune report knows it by', () => {
    const desk = { name: 'Bàn 1 – Hộ tịch', id: '3f2b8c1e-4d5a-4b6c-9d7e-0a1b2c3d4e5f' };
    const { value, problems } = repairSettings({ ...DEFAULT_SETTINGS, desk, plan: { fourAsks: 4 } });
    expect(value.desk).toEqual(desk);
    expect(problems).toEqual([expect.stringContaining('“lời “4 xin, 4 luôn, 5 không””')]);
  });

  it('keeps the sections that check out next to one that does not', () => {
    const { value } = repairSettings({ scripts: [null], deadline: { soonWorkingDays: 6 } });
    expect(value.deadline.soonWorkingDays).toBe(6);
    expect(value.scripts).toEqual(DEFAULT_SETTINGS.scripts);
  });

  it('keeps a team lead’s template that names a field letters do not have (the letter lists it as missing)', () => {
    const template = condolenceTemplate('Kính gửi {{khong.co}}');
    const { value, problems } = repairSettings({ letters: { templates: { condolence: template } } });
    expect(problems).toEqual([]);
    expect(value.letters.templates.condolence).toEqual(template);
  });

  it('refuses a value nested thousands of levels deep without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i += 1) deep = { a: deep };
    const { value, problems } = repairSettings({ office: deep });
    expect(value).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });
});
