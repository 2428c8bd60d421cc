import { describe, expect, it } from 'vitest';
import { placeholderNames } from './names';

const names = placeholderNames({
  fields: [
    { code: 'applicant.name', name: 'Tên người nộp', example: 'Nguyễn Thị Hương' },
    { code: 'honorific', name: 'Xưng hô', example: 'bà' },
    { code: 'Honorific', name: 'Xưng hô đầu câu', example: 'Bà' },
  ],
  modifiers: [{ code: 'upper', name: 'in hoa', example: 'ABC' }],
});

describe('placeholderNames', () => {
  it.each([
    ['applicant.name', 'applicant.name'],
    ['Tên người nộp', 'applicant.name'],
    ['  tên   NGƯỜI nộp ', 'applicant.name'],
    ['Tên người nộp'.normalize('NFD'), 'applicant.name'],
    // Code names are exact: scripts tell honorific from Honorific.
    ['honorific', 'honorific'],
    ['Honorific', 'Honorific'],
    ['Xưng hô đầu câu', 'Honorific'],
    [' không có ', 'không có'],
  ])('codeOf(%j) → %s', (name, code) => expect(names.codeOf(name)).toBe(code));

  it.each([
    ['Chào {{applicant.name}}.', 'Chào {{Tên người nộp}}.'],
    ['{{ honorific }} và {{Honorific}}', '{{Xưng hô}} và {{Xưng hô đầu câu}}'],
    ['{{applicant.name|upper}}', '{{Tên người nộp|in hoa}}'],
    // Unknown fields and modifiers, and broken braces, stay exactly as typed: the preview reports them.
    [
      '{{khong.co}} {{applicant.name|lạ}} {{a|b|c}} {{applicant.name',
      '{{khong.co}} {{applicant.name|lạ}} {{a|b|c}} {{applicant.name',
    ],
  ])('toVietnamese(%j)', (code, vietnamese) => {
    expect(names.toVietnamese(code)).toBe(vietnamese);
  });

  it('toCode undoes toVietnamese, and accepts either name', () => {
    const text = 'Kính gửi {{Honorific}} {{applicant.name|upper}}, {{honorific}} {{lạ}}';
    expect(names.toCode(names.toVietnamese(text))).toBe(text);
    expect(names.toCode('{{tên người nộp | IN HOA}} {{applicant.name}}')).toBe(
      '{{applicant.name|upper}} {{applicant.name}}',
    );
  });

  it('Vietnamese names round-trip as typed, so an editor never moves the cursor', () => {
    const typed = 'Thưa {{Xưng hô đầu câu}} {{Tên người nộp|in hoa}}';
    expect(names.toVietnamese(names.toCode(typed))).toBe(typed);
  });
});
