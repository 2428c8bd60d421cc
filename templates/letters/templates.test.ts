import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../utils/dossier/types';
import { type LetterKind, type LetterOptions, missingLetterFields, prepareLetter } from '../../utils/letters';
import {
  APOLOGY_OPTIONS,
  BIRTH,
  DEATH,
  LATE,
  MARRIAGE,
  OFFICE,
  THANK_YOU_OPTIONS,
  TODAY,
} from '../../utils/letters/test-fixtures';
import { DEFAULT_LETTER_TEMPLATES } from '.';

const LETTERS: [LetterKind, Dossier | null, LetterOptions][] = [
  ['birth-congratulation', BIRTH, { date: TODAY }],
  ['marriage-congratulation', MARRIAGE, { date: TODAY }],
  ['condolence', DEATH, { date: TODAY }],
  ['apology', LATE, APOLOGY_OPTIONS],
  ['thank-you', null, THANK_YOU_OPTIONS],
];

const textOf = (kind: LetterKind, dossier: Dossier | null, options: LetterOptions) =>
  JSON.stringify(prepareLetter(kind, dossier, OFFICE, options).blocks);

describe('default templates', () => {
  it.each(LETTERS)('%s fills every placeholder for a fixed date', (kind, dossier, options) => {
    const text = textOf(kind, dossier, options);
    expect(text).not.toMatch(/\{\{|\}\}|undefined|null/);
    expect(text).toBe(text.normalize('NFC'));
  });

  it.each([
    [
      'birth-congratulation',
      ['heading', 'title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'signature', 'recipients'],
    ],
    [
      'marriage-congratulation',
      [
        'heading',
        'title',
        'paragraph',
        'paragraph',
        'paragraph',
        'paragraph',
        'paragraph',
        'signature',
        'recipients',
        'page-break',
        'excerpt',
      ],
    ],
    [
      'condolence',
      [
        'heading',
        'title',
        'paragraph',
        'paragraph',
        'paragraph',
        'paragraph',
        'paragraph',
        'signature',
        'recipients',
        'page-break',
        'excerpt',
        'excerpt',
        'excerpt',
      ],
    ],
    [
      'apology',
      [
        'heading',
        'title',
        'paragraph',
        'paragraph',
        'list',
        'paragraph',
        'paragraph',
        'paragraph',
        'signature',
        'recipients',
        'paragraph',
      ],
    ],
    ['thank-you', ['heading', 'title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'signature']],
  ] as const)('%s is laid out as %j', (kind, types) => {
    const [, dossier, options] = LETTERS.find(([k]) => k === kind) ?? [];
    expect(prepareLetter(kind, dossier ?? null, OFFICE, options).blocks.map((b) => b.type)).toEqual(types);
  });

  it('every letter but the certificate has the standard heading and signature', () => {
    for (const [kind, dossier, options] of LETTERS.filter(([k]) => k !== 'thank-you')) {
      const { blocks } = prepareLetter(kind, dossier, OFFICE, options);
      expect(blocks[0]).toEqual({
        type: 'heading',
        issuingBody: 'UBND XÃ TÂN PHÚ',
        placeDate: 'Tân Phú, ngày 05 tháng 3 năm 2026',
      });
      expect(blocks).toContainEqual({
        type: 'signature',
        authority: 'TM. ỦY BAN NHÂN DÂN',
        title: 'CHỦ TỊCH',
        name: 'Lê Văn Bình',
      });
    }
  });

  it.each([
    ['birth-congratulation', 'Kính gửi: Bà Nguyễn Thị Hương và gia đình'],
    ['birth-congratulation', 'cháu Trần Minh Khôi, sinh ngày 20 tháng 02 năm 2026'],
    ['marriage-congratulation', 'Kính gửi: Gia đình ông Nguyễn Văn An và bà Trần Thị Bình'],
    ['marriage-congratulation', 'đăng ký kết hôn ngày 05 tháng 3 năm 2026'],
    ['marriage-congratulation', 'trao tận tay cô dâu, chú rể trong buổi lễ nhỏ'],
    ['marriage-congratulation', 'ĐỂ CÓ MỘT GIA ĐÌNH HẠNH PHÚC'],
    ['condolence', 'Kính gửi: Gia quyến ông Phạm Văn Đức'],
    ['condolence', 'đã từ trần ngày 03 tháng 3 năm 2026'],
    ['condolence', 'NẾP SỐNG VĂN MINH TRONG VIỆC TANG'],
    ['condolence', 'tại Công an xã nơi người đó thường trú'],
    ['condolence', 'TRỢ CẤP MAI TÁNG'],
    ['apology', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'],
    ['apology', 'Mã hồ sơ: 000.17.22.H56-260305-0012'],
    ['apology', 'Thủ tục: Chứng thực bản sao từ bản chính'],
    ['apology', 'Ngày tiếp nhận: ngày 02 tháng 3 năm 2026'],
    ['apology', 'Ngày hẹn trả kết quả: ngày 04 tháng 3 năm 2026'],
    ['apology', 'Lý do: cần xác minh thêm thông tin tại nơi cư trú trước đây của người yêu cầu.'],
    ['apology', 'xin hẹn trả kết quả vào ngày 09 tháng 3 năm 2026'],
    ['apology', 'Phiếu lập theo Nghị định số 118/2025/NĐ-CP'],
    ['thank-you', 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ'],
    ['thank-you', 'GIẤY CẢM ƠN'],
    ['thank-you', 'Công ty TNHH Xây dựng Hòa Bình'],
    ['thank-you', 'Đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3.'],
    ['thank-you', 'góp sức của quý đơn vị'],
    ['thank-you', 'Tân Phú, ngày 05 tháng 3 năm 2026'],
  ] as const)('%s says “%s”', (kind, words) => {
    const [, dossier, options] = LETTERS.find(([k]) => k === kind) ?? [];
    expect(textOf(kind, dossier ?? null, options ?? {})).toContain(words);
  });

  it('offers the office phone only when the profile has one', () => {
    expect(textOf('birth-congratulation', BIRTH, { date: TODAY })).not.toContain('số điện thoại');
    const withPhone = prepareLetter(
      'birth-congratulation',
      BIRTH,
      { ...OFFICE, phone: '0251 3856 123' },
      { date: TODAY },
    );
    expect(JSON.stringify(withPhone.blocks)).toContain('qua số điện thoại 0251 3856 123.');
  });

  it('names the template’s marriage criteria in 5 to 8 short points', () => {
    const excerpt = DEFAULT_LETTER_TEMPLATES['marriage-congratulation'].blocks.find((b) => b.type === 'excerpt');
    expect(excerpt?.type === 'excerpt' && excerpt.items.length).toBeGreaterThanOrEqual(5);
    expect(excerpt?.type === 'excerpt' && excerpt.items.length).toBeLessThanOrEqual(8);
  });

  it('addresses a person thanked with the honorific given, and writes shouted names as names', () => {
    const options = {
      date: TODAY,
      thankYou: {
        recipientName: 'TRẦN VĂN ĐỨC',
        recipientType: 'person' as const,
        honorific: 'ông' as const,
        reason: 'đã hiến 200 m² đất làm đường',
      },
    };
    const text = textOf('thank-you', null, options);
    expect(text).toContain('Ông Trần Văn Đức');
    expect(text).toContain('góp sức của ông là nguồn động viên');
  });

  it('uses anh / chị when the officer chooses the familiar style', () => {
    expect(textOf('marriage-congratulation', MARRIAGE, { date: TODAY, address: 'familiar' })).toContain(
      'Kính gửi: Gia đình anh Nguyễn Văn An và chị Trần Thị Bình',
    );
  });
});

describe('what each letter needs', () => {
  const empty: Dossier = {
    ...LATE,
    code: '',
    procedureName: '',
    applicant: { name: '' },
    receivedAt: undefined,
    dueAt: undefined,
  };

  it.each<[LetterKind, Dossier | null, LetterOptions, string[]]>([
    ['birth-congratulation', empty, {}, ['Họ tên người nộp hồ sơ', 'Họ tên của trẻ', 'Ngày sinh của trẻ']],
    ['marriage-congratulation', empty, {}, ['Họ tên hai bên kết hôn']],
    ['condolence', empty, {}, ['Họ tên người đã mất', 'Ngày mất']],
    [
      'apology',
      empty,
      {},
      [
        'Họ tên người nộp hồ sơ',
        'Mã hồ sơ',
        'Tên thủ tục',
        'Ngày tiếp nhận hồ sơ',
        'Ngày hẹn trả kết quả',
        'Lý do trễ hẹn',
        'Ngày hẹn trả kết quả mới',
      ],
    ],
    ['thank-you', null, {}, ['Tên người hoặc tổ chức được cảm ơn', 'Lý do cảm ơn']],
  ])('%s, from an empty dossier', (kind, dossier, options, labels) => {
    expect(missingLetterFields(kind, dossier, OFFICE, options).map((m) => m.label)).toEqual(labels);
  });

  it('reports a missing office profile instead of inventing one', () => {
    const labels = missingLetterFields('birth-congratulation', BIRTH, {}, { date: TODAY }).map((m) => m.label);
    expect(labels).toEqual([
      'Tên xã/phường của cơ quan',
      'Địa danh ghi ở dòng ngày tháng',
      'Dòng thẩm quyền ký (TM. …)',
      'Chức vụ người ký',
      'Họ tên người ký',
    ]);
  });

  it('asks for the unit type where the condolence letter names the commune police', () => {
    const { unitType: _, ...office } = OFFICE;
    expect(missingLetterFields('condolence', DEATH, office, { date: TODAY }).map((m) => m.field)).toEqual([
      'office.unitType',
    ]);
  });
});
