import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Dossier } from '../../utils/dossier/types';
import { type LetterKind, type LetterOptions, missingLetterFields, prepareLetter } from '../../utils/letters';
import {
  APOLOGY_OPTIONS,
  BIRTH,
  DEATH,
  LATE,
  LETTERS,
  MARRIAGE,
  OFFICE,
  TODAY,
} from '../../utils/letters/test-fixtures';
import { DEFAULT_LETTER_TEMPLATES } from '.';

const textOf = (kind: LetterKind, dossier: Dossier | null, options: LetterOptions) =>
  JSON.stringify(prepareLetter(kind, dossier, OFFICE, options).blocks);

/** The first page of a letter to a family (birth, marriage, condolence), down to its recipients. */
const FAMILY_LETTER = [
  'heading',
  'title',
  'paragraph',
  'paragraph',
  'paragraph',
  'paragraph',
  'paragraph',
  'signature',
  'recipients',
] as const;

describe('default templates', () => {
  it.each(LETTERS)('%s fills every placeholder for a fixed date', (kind, dossier, options) => {
    const text = textOf(kind, dossier, options);
    expect(text).not.toMatch(/\{\{|\}\}|undefined|null/);
    expect(text).toBe(text.normalize('NFC'));
  });

  it.each([
    ['birth-congratulation', FAMILY_LETTER],
    // Two of them add a page of excerpts.
    ['marriage-congratulation', [...FAMILY_LETTER, 'page-break', 'excerpt']],
    ['condolence', [...FAMILY_LETTER, 'page-break', 'excerpt', 'excerpt', 'excerpt']],
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

  it('every letter but the certificate has the two-line heading and the signature', () => {
    for (const [kind, dossier, options] of LETTERS.filter(([k]) => k !== 'thank-you')) {
      const { blocks } = prepareLetter(kind, dossier, OFFICE, options);
      expect(blocks[0]).toMatchObject({
        type: 'heading',
        issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ',
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
    ['birth-congratulation', 'xin gia đình cứ đến Bộ phận Một cửa xã Tân Phú'],
    ['marriage-congratulation', 'Kính gửi: Ông Nguyễn Văn An và bà Trần Thị Bình'],
    [
      'marriage-congratulation',
      'Nhân dịp ông Nguyễn Văn An và bà Trần Thị Bình đăng ký kết hôn ngày 05 tháng 3 năm 2026',
    ],
    ['marriage-congratulation', 'TIÊU CHÍ XÂY DỰNG GIA ĐÌNH HẠNH PHÚC'],
    ['marriage-congratulation', '“Tôn trọng, bình đẳng, yêu thương, chia sẻ”'],
    ['marriage-congratulation', 'Trích Quyết định số 224/QĐ-BVHTTDL ngày 28 tháng 01 năm 2022'],
    ['condolence', 'Kính gửi: Gia quyến ông Phạm Văn Đức'],
    ['condolence', 'ông Phạm Văn Đức đã qua đời ngày 03 tháng 3 năm 2026'],
    ['condolence', 'NẾP SỐNG VĂN MINH TRONG VIỆC TANG'],
    ['condolence', 'Trong thời hạn 07 ngày kể từ ngày người thường trú qua đời'],
    ['condolence', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01), nộp tại Công an xã, phường hoặc đặc khu'],
    ['condolence', 'người tổ chức mai táng nhận trợ cấp mai táng tại cơ quan bảo hiểm xã hội'],
    ['condolence', 'Trợ cấp được trả cho người đã đứng ra tổ chức mai táng'],
    ['condolence', 'Luật Cư trú năm 2020'],
    ['apology', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'],
    ['apology', 'Số: 1/PXL-UBND'],
    ['apology', 'Bộ phận Một cửa xã Tân Phú đã tiếp nhận hồ sơ của bà với các thông tin sau:'],
    ['apology', 'Mã hồ sơ: 000.17.22.H56-260305-0012'],
    ['apology', 'Thủ tục: Chứng thực bản sao từ bản chính'],
    ['apology', 'Ngày tiếp nhận: ngày 02 tháng 3 năm 2026'],
    ['apology', 'Ngày hẹn trả kết quả: ngày 04 tháng 3 năm 2026'],
    ['apology', 'chưa được giải quyết xong'],
    ['apology', 'Lý do: cần xác minh thêm thông tin tại nơi cư trú trước đây của người yêu cầu.'],
    ['apology', 'Xin hẹn trả kết quả cho bà vào ngày 09 tháng 3 năm 2026'],
    ['apology', 'Phiếu lập theo Nghị định số 118/2025/NĐ-CP'],
    ['thank-you', 'ỦY BAN NHÂN DÂN\\nXÃ TÂN PHÚ'],
    ['thank-you', 'GIẤY CẢM ƠN'],
    ['thank-you', 'Công ty TNHH Xây dựng Hòa Bình'],
    ['thank-you', 'Đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3.'],
    ['thank-you', 'Kính chúc quý đơn vị ngày càng phát triển.'],
    ['thank-you', 'Tân Phú, ngày 05 tháng 3 năm 2026'],
  ] as const)('%s says “%s”', (kind, words) => {
    const [, dossier, options] = LETTERS.find(([k]) => k === kind) ?? [];
    expect(textOf(kind, dossier ?? null, options ?? {})).toContain(words);
  });

  it.each([
    ['birth-congratulation', /đầy đủ quyền của một công dân|Ông\/bà|ông\/bà/],
    ['marriage-congratulation', /trao tận tay|chứng kiến|buổi lễ|món quà|Trích lược|cô dâu|chú rể/],
    ['condolence', /từ trần|48 giờ|Người có công|cựu chiến binh|Công an xã nơi/],
    ['apology', /kính báo|Đến nay/],
  ] as const)('%s never says %s', (kind, words) => {
    const [, dossier, options] = LETTERS.find(([k]) => k === kind) ?? [];
    expect(textOf(kind, dossier ?? null, options ?? {})).not.toMatch(words);
  });

  it('writes every date of a letter in one form (Decree 30), never a bare or a timed day', () => {
    for (const [kind, dossier, options] of LETTERS) {
      const text = textOf(kind, dossier, options);
      expect(text).not.toMatch(/ngày \.|ngày \d{1,2}:\d{2}|ngày \d{1,2}\/\d/);
      for (const [, day, month] of text.matchAll(/ngày (\d+) tháng (\d+)/g)) {
        expect(day).toMatch(/^\d\d$/);
        expect(month).toMatch(Number(month) <= 2 ? /^0\d$/ : /^[1-9]\d?$/);
      }
    }
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

  it('names the one-stop unit as the profile does', () => {
    const office = { ...OFFICE, oneStopUnit: 'Trung tâm Phục vụ hành chính công xã Tân Phú' };
    expect(JSON.stringify(prepareLetter('apology', LATE, office, APOLOGY_OPTIONS).blocks)).toContain(
      'Trung tâm Phục vụ hành chính công xã Tân Phú đã tiếp nhận hồ sơ',
    );
  });

  it('prints the gift line only when the commune gives a gift', () => {
    expect(textOf('marriage-congratulation', MARRIAGE, { date: TODAY })).not.toContain('quà');
    expect(textOf('marriage-congratulation', MARRIAGE, { date: TODAY, gift: true })).toContain(
      'xin gửi tặng một món quà nhỏ',
    );
  });

  it('prints the commune’s own happy-family text as theirs, never as a quotation', () => {
    const familyCriteria = { title: 'Gia đình văn hóa xã Tân Phú', text: 'Sống hòa thuận.\nNuôi dạy con tốt.' };
    const letter = prepareLetter('marriage-congratulation', MARRIAGE, OFFICE, { date: TODAY, familyCriteria });
    expect(letter.blocks.at(-1)).toEqual({
      type: 'excerpt',
      title: 'Gia đình văn hóa xã Tân Phú',
      items: ['Sống hòa thuận.', 'Nuôi dạy con tốt.'],
      source: 'Tài liệu của Ủy ban nhân dân xã Tân Phú',
    });
    expect(JSON.stringify(letter.blocks)).not.toContain('224/QĐ-BVHTTDL');
  });

  it('the criteria page is an enclosure, not page 2 of the letter', () => {
    const breaks = DEFAULT_LETTER_TEMPLATES['marriage-congratulation'].blocks.filter((b) => b.type === 'page-break');
    expect(breaks).toEqual([{ type: 'page-break', attachment: true }]);
  });

  it('addresses a person thanked with the honorific given, and writes names in title case', () => {
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
    expect(text).toContain('Kính chúc ông luôn mạnh khỏe, hạnh phúc và thành công.');
    const guessed = {
      ...options,
      thankYou: { ...options.thankYou, recipientName: 'lý thị kim oanh', honorific: undefined },
    };
    expect(textOf('thank-you', null, guessed)).toContain('Bà Lý Thị Kim Oanh');
  });

  it('uses anh / chị when the officer chooses the familiar style', () => {
    expect(textOf('marriage-congratulation', MARRIAGE, { date: TODAY, address: 'familiar' })).toContain(
      'Kính gửi: Anh Nguyễn Văn An và chị Trần Thị Bình',
    );
  });
});

describe('people in letters', () => {
  it.each<[string, Dossier['applicant'], string]>([
    [
      'a name as typed in lower case, gender guessed from “Thị”',
      { name: 'lý thị kim oanh' },
      'Kính gửi: Bà Lý Thị Kim Oanh',
    ],
    ['a name in capitals, “Văn”', { name: 'TRẦN VĂN HÙNG' }, 'Kính gửi: Ông Trần Văn Hùng'],
    [
      'the gender given wins over the name',
      { name: 'Lý Thị Kim Oanh', gender: 'male' },
      'Kính gửi: Ông Lý Thị Kim Oanh',
    ],
  ])('%s', (_, applicant, words) => {
    expect(textOf('birth-congratulation', { ...BIRTH, applicant }, { date: TODAY })).toContain(words);
  });

  it('asks for the gender when neither the page nor the name tells it, never printing “ông/bà”', () => {
    const dossier = { ...BIRTH, applicant: { name: 'Hoàng Gia Bảo' } };
    expect(missingLetterFields('birth-congratulation', dossier, OFFICE, { date: TODAY }).map((m) => m.label)).toEqual([
      'Giới tính người nộp hồ sơ (để xưng ông hay bà)',
    ]);
  });

  it('calls a deceased child “cháu”', () => {
    const child: Dossier = {
      ...DEATH,
      deceased: { name: 'Phạm Minh Khang', gender: 'male', birthDate: '2019-06-01', deathDate: '2026-03-03' },
    };
    const text = textOf('condolence', child, { date: TODAY });
    expect(text).toContain('Kính gửi: Gia quyến cháu Phạm Minh Khang');
    expect(text).toContain('được tin cháu Phạm Minh Khang đã qua đời');
    expect(text).not.toMatch(/(ông|bà) Phạm Minh Khang/);
  });

  it('signs “KT. CHỦ TỊCH” over a deputy’s title, and the apology by the head of the body', () => {
    const office = { ...OFFICE, leaderTitle: 'PHÓ CHỦ TỊCH', leaderName: 'Đỗ Thị Lan', headName: 'Lê Văn Bình' };
    expect(prepareLetter('birth-congratulation', BIRTH, office, { date: TODAY }).blocks).toContainEqual({
      type: 'signature',
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputy: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Đỗ Thị Lan',
    });
    expect(prepareLetter('apology', LATE, office, APOLOGY_OPTIONS).blocks).toContainEqual({
      type: 'signature',
      authority: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Lê Văn Bình',
    });
    const { headName: _, ...withoutHead } = office;
    expect(missingLetterFields('apology', LATE, withoutHead, APOLOGY_OPTIONS).map((m) => m.label)).toEqual([
      'Họ tên Chủ tịch (người đứng đầu ký phiếu xin lỗi)',
    ]);
  });

  it.each([
    ['UBND PHƯỜNG LONG HƯƠNG', 'ỦY BAN NHÂN DÂN\nPHƯỜNG LONG HƯƠNG'],
    ['Ủy ban nhân dân đặc khu Phú Quốc', 'ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC'],
    ['ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ', 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ'],
  ])('writes the issuing body “%s” on two lines', (issuingBody, lines) => {
    const { blocks } = prepareLetter('birth-congratulation', BIRTH, { ...OFFICE, issuingBody }, { date: TODAY });
    expect(blocks[0]).toMatchObject({ type: 'heading', issuingBody: lines });
  });
});

describe('the marriage letter’s date', () => {
  it.each<[string, Partial<Dossier>, string]>([
    ['the result date read from the page', { completedAt: '2026-03-03' }, 'đăng ký kết hôn ngày 03 tháng 3 năm 2026'],
    ['the day the officer entered', { registeredAt: '2026-03-04' }, 'đăng ký kết hôn ngày 04 tháng 3 năm 2026'],
    ['today once the result is ready', { status: 'result-ready' }, 'đăng ký kết hôn ngày 05 tháng 3 năm 2026'],
  ])('is the registration day: %s, never the reception day', (_, change, words) => {
    const dossier = { ...MARRIAGE, receivedAt: '2026-02-27', ...change };
    const text = textOf('marriage-congratulation', dossier, { date: TODAY });
    expect(text).toContain(words);
    expect(text).not.toContain('27 tháng 02');
  });

  it('waits for the planned day while the dossier is processed, and is dated on it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T09:00:00+07:00'));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const processing: Dossier = { ...MARRIAGE, status: 'processing', receivedAt: '2026-03-02' };
    expect(missingLetterFields('marriage-congratulation', processing, OFFICE).map((m) => m.field)).toEqual([
      'registration.date',
    ]);
    const planned = { ...processing, registeredAt: '2026-03-10' };
    const letter = prepareLetter('marriage-congratulation', planned, OFFICE);
    expect(letter.blocks[0]).toMatchObject({ placeDate: 'Tân Phú, ngày 10 tháng 3 năm 2026' });
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
    ['marriage-congratulation', { ...empty, status: 'returned' }, {}, ['Họ tên hai bên kết hôn']],
    [
      'marriage-congratulation',
      { ...empty, status: 'processing' },
      {},
      ['Họ tên hai bên kết hôn', 'Ngày đăng ký kết hôn (hồ sơ còn đang xử lý: nhập ngày dự kiến)'],
    ],
    ['condolence', empty, {}, ['Họ tên người đã mất', 'Ngày mất']],
    [
      'apology',
      empty,
      {},
      [
        'Số phiếu (cấp khi in)',
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

  it('needs no unit type: xã, phường, đặc khu is profile data inside the commune’s name', () => {
    const { unitType: _, ...office } = OFFICE;
    expect(missingLetterFields('condolence', DEATH, office, { date: TODAY })).toEqual([]);
  });
});
