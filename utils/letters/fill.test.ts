import { describe, expect, it } from 'vitest';
import { fillTemplate, type MissingField, MissingFieldsError, missingFields } from './fill';
import type { LetterTemplate, TemplateBlock } from './types';

const template = (blocks: TemplateBlock[], extra: Partial<LetterTemplate> = {}): LetterTemplate => ({
  kind: 'birth-congratulation',
  name: 'Thư thử',
  layout: 'letter',
  requires: [],
  blocks,
  ...extra,
});

const paragraph = (text: string, when?: string): TemplateBlock => ({ type: 'paragraph', text, when });

function thrown(run: () => unknown): MissingFieldsError {
  try {
    run();
  } catch (error) {
    if (error instanceof MissingFieldsError) return error;
    throw error;
  }
  throw new Error('expected a MissingFieldsError');
}

describe('fillTemplate', () => {
  it.each([
    ['a field', 'Cháu {{child.name}}', { 'child.name': 'Trần Minh Khôi' }, 'Cháu Trần Minh Khôi'],
    ['a numbered path', 'Chị {{spouses.1.name}}', { 'spouses.1.name': 'Trần Thị Bình' }, 'Chị Trần Thị Bình'],
    ['upper', 'UBND {{office.communeName|upper}}', { 'office.communeName': 'xã Tân Phú' }, 'UBND XÃ TÂN PHÚ'],
    ['capitalise', '{{applicant.honorific|capitalise}} Hương', { 'applicant.honorific': 'bà' }, 'Bà Hương'],
    ['spaces inside the braces', '{{ reason | capitalise }}.', { reason: 'đang xác minh' }, 'Đang xác minh.'],
    [
      'NFD values, as NFC',
      'Bà {{applicant.name}}',
      { 'applicant.name': 'Nguyễn Thị Hương'.normalize('NFD') },
      'Bà Nguyễn Thị Hương',
    ],
    [
      'spaces collapsed',
      'Cháu  {{child.name}} .',
      { 'child.name': ' Trần\u00a0Minh   Khôi ' },
      'Cháu Trần Minh Khôi .',
    ],
  ])('fills %s', (_, text, values, expected) => {
    const filled = fillTemplate(template([paragraph(text)]), values);
    expect(filled.blocks).toEqual([{ type: 'paragraph', text: expected }]);
    expect(expected === expected.normalize('NFC')).toBe(true);
  });

  it('fills every string of every block type', () => {
    const values = { a: 'một', b: 'hai' };
    const filled = fillTemplate(
      template([
        { type: 'heading', issuingBody: '{{a}}', placeDate: '{{b}}' },
        { type: 'title', text: '{{a}}', subtitle: '{{b}}' },
        { type: 'list', items: ['{{a}}', '{{b}}'] },
        { type: 'signature', authority: '{{a}}', title: '{{b}}', name: '{{a}}', placeDate: '{{b}}' },
        { type: 'recipients', items: ['{{a}};'] },
        { type: 'page-break' },
        { type: 'excerpt', title: '{{a}}', note: '{{b}}', items: ['{{a}}'], source: '{{b}}' },
      ]),
      values,
    );
    expect(JSON.stringify(filled.blocks)).not.toMatch(/\{\{|\}\}/);
    expect(filled.blocks[6]).toEqual({ type: 'excerpt', title: 'một', note: 'hai', items: ['một'], source: 'hai' });
  });

  it('leaves out a block whose `when` field is empty, and asks nothing for it', () => {
    const tpl = template([paragraph('Xin chào.'), paragraph('Gọi {{office.phone}}.', 'office.phone')]);
    expect(missingFields(tpl, {})).toEqual([]);
    expect(fillTemplate(tpl, { 'office.phone': '  ' }).blocks).toHaveLength(1);
    expect(fillTemplate(tpl, { 'office.phone': '0251 3856 123' }).blocks[1]).toEqual({
      type: 'paragraph',
      text: 'Gọi 0251 3856 123.',
    });
  });

  it('uses the template’s defaults unless the caller gives a value', () => {
    const tpl = template([paragraph('Theo {{legalBasis}}.')], { defaults: { legalBasis: 'Nghị định 118/2025/NĐ-CP' } });
    expect(fillTemplate(tpl, {}).blocks[0]).toEqual({ type: 'paragraph', text: 'Theo Nghị định 118/2025/NĐ-CP.' });
    expect(fillTemplate(tpl, { legalBasis: ' ' }).blocks[0]).toMatchObject({ text: 'Theo Nghị định 118/2025/NĐ-CP.' });
    expect(fillTemplate(tpl, { legalBasis: 'Quy chế của tỉnh' }).blocks[0]).toMatchObject({
      text: 'Theo Quy chế của tỉnh.',
    });
  });
});

describe('missing fields', () => {
  const tpl = template(
    [
      { type: 'heading', issuingBody: '{{office.issuingBody}}', placeDate: '{{letter.placeDate}}' },
      paragraph('Cháu {{child.name}} sinh {{child.birthDate}}; gửi {{applicant.honorific}} {{applicant.name}}.'),
      { type: 'signature', authority: '{{office.signingAuthority}}', title: 'CHỦ TỊCH', name: '{{office.leaderName}}' },
    ],
    { requires: ['office.leaderName', 'child.name'] },
  );

  it('lists every missing field once, in Vietnamese, required ones first', () => {
    const values = { 'applicant.name': 'Nguyễn Thị Hương', 'child.name': '', 'child.birthDate': undefined };
    expect(missingFields(tpl, values).map((m: MissingField) => m.label)).toEqual([
      'Họ tên người ký',
      'Họ tên của trẻ',
      'Tên xã/phường của cơ quan',
      'Địa danh ghi ở dòng ngày tháng',
      'Ngày sinh của trẻ',
      'Giới tính người nộp hồ sơ (để xưng ông hay bà)',
      'Dòng thẩm quyền ký (TM. …)',
    ]);
  });

  it('throws them in one error, never printing undefined, braces or blank names', () => {
    const error = thrown(() => fillTemplate(tpl, { 'child.name': '   ' }));
    expect(error.missing.map((m) => m.field)).toContain('child.name');
    expect(error.message).toMatch(/^Thiếu thông tin để in thư: Họ tên người ký; Họ tên của trẻ; /);
    for (const text of [error.message, ...error.missing.map((m) => m.label)]) {
      expect(text).not.toMatch(/undefined|null|\{\{|\}\}/);
    }
  });

  it.each([
    ['an unknown field', 'Gửi {{nguoi.nhan}}.', 'Trường “nguoi.nhan” (không có trong dữ liệu)'],
    ['an unknown modifier', 'Gửi {{child.name|hoa}}.', 'Cách viết “hoa” không dùng được (trường “child.name”)'],
    ['a brace left open', 'Gửi {{child.name}} và {{mẹ.', 'Mẫu thư có chỗ điền viết sai, gần “Gửi child.name và mẹ.…”'],
  ])('reports %s in a team lead’s template', (_, text, label) => {
    const error = thrown(() => fillTemplate(template([paragraph(text)]), { 'child.name': 'Khôi' }));
    expect(error.missing.map((m) => m.label)).toEqual([label]);
    expect(error.message).not.toMatch(/\{\{|\}\}/);
  });
});
