import { describe, expect, it, vi } from 'vitest';
import { itRefusesUnreadableFiles } from '../../tests/unit/file-refusals';
import { jsonDepthExceeds } from '../settings/json-guard';
import {
  DESK_FILE_VERSION,
  type DeskFile,
  deskFile,
  deskFileName,
  deskFileSizeError,
  exportDeskFile,
  fileSlug,
  parseDeskFile,
} from './desk-file';
import { REGISTER } from './register-test-fixtures';

const NOW = Date.parse('2026-11-25T02:00:00Z');
const DESK = { id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162', name: 'Bàn 1 – Hộ tịch' };

const parsedOk = (text: string): DeskFile => {
  const parsed = parseDeskFile(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.file;
};
const errorsOf = (text: string) => {
  const parsed = parseDeskFile(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.errors;
};
const good = () => deskFile(REGISTER, DESK, NOW, false);
const withFile = (patch: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(exportDeskFile(good()));
  patch(file);
  return JSON.stringify(file);
};

describe('a desk file', () => {
  it('holds every month with something, oldest first, as counts with no names and no notes', () => {
    const file = good();
    expect(file).toMatchObject({ app: 'mot-cua-than-thien', format: 'so-theo-doi', version: DESK_FILE_VERSION });
    expect(file.exportedAt).toBe('2026-11-25T02:00:00.000Z');
    expect(file.desk).toEqual(DESK);
    expect(file.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(file.months[2]).toEqual({
      month: '2026-11',
      letters: {
        'birth-congratulation': 2,
        'marriage-congratulation': 0,
        condolence: 0,
        'thank-you': 0,
        apology: 1,
      },
      dossiersSeen: 4,
      returned: 3,
      returnedOnTime: 2,
      courtesy: { greeted: 7, askedPermission: 0, thanked: 3, apologised: 0 },
    });
    const text = exportDeskFile(file);
    expect(text).not.toContain('H56-');
    expect(text).not.toContain('trao tại nhà');
  });

  it('carries the codes of the dossiers seen only when the team lead allows it', () => {
    const file = deskFile(REGISTER, DESK, NOW, true);
    expect(file.months.find((m) => m.month === '2026-11')?.dossierCodes).toEqual(['H56-1', 'H56-2', 'H56-3', 'H56-5']);
    expect(file.months.find((m) => m.month === '2026-09')?.dossierCodes).toEqual([]);
    expect(parsedOk(exportDeskFile(file))).toEqual(file);
  });

  it('always holds the current month, even an empty register', () => {
    const file = deskFile({ letters: [], seen: [], courtesy: {} }, DESK, NOW, false);
    expect(file.months.map((m) => m.month)).toEqual(['2026-11']);
  });

  it('round trip: what is exported parses back equal', () => {
    expect(parsedOk(exportDeskFile(good()))).toEqual(good());
  });

  it.each([
    ['Bàn 1 – Hộ tịch', 'ban-1-ho-tich'],
    ['  Đặng Thị Ánh  ', 'dang-thi-anh'],
    ['Bàn\u0300', 'ban'],
    ['!!!', ''],
  ])('names the file in plain ASCII: %j → %j', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });

  it('is named after the desk and the Vietnam day', () => {
    expect(deskFileName('Bàn 1 – Hộ tịch', Date.parse('2026-11-24T23:30:00Z'))).toBe(
      'so-theo-doi-ban-1-ho-tich-2026-11-25.json',
    );
    expect(deskFileName('…', NOW)).toBe('so-theo-doi-2026-11-25.json');
  });
});

describe('parseDeskFile', () => {
  itRefusesUnreadableFiles({
    errorsOf,
    notThisKind: /không phải tệp sổ theo dõi/,
    anotherApp: { text: JSON.stringify({ app: 'khac', months: [] }), words: /“app”.*“format”/ },
    withVersion: (version) => withFile((f) => Object.assign(f, { version })),
    newest: DESK_FILE_VERSION,
    tooLarge: {
      megabytes: 2,
      padded: (padding) => withFile((f) => Object.assign(f, { padding })),
      sizeError: deskFileSizeError,
    },
  });

  it('says so when given a settings file', () => {
    expect(errorsOf(JSON.stringify({ app: 'mot-cua-than-thien', version: 6, settings: {} }))).toEqual([
      expect.stringMatching(/^Đây là tệp cài đặt/),
    ]);
  });

  it('refuses deep nesting before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(errorsOf(deep)).toEqual([expect.stringMatching(/lồng nhau quá 6 tầng/)]);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    // A real desk file nests four deep, under the limit; brackets inside its strings do not count.
    expect(jsonDepthExceeds(exportDeskFile(deskFile(REGISTER, DESK, NOW, true)), 3)).toBe(true);
    expect(jsonDepthExceeds(exportDeskFile(deskFile(REGISTER, DESK, NOW, true)), 4)).toBe(false);
  });

  it('lists every problem of a wrong file, each with its place', () => {
    const errors = errorsOf(
      withFile((f) => {
        f.exportedAt = 'hôm qua';
        f.desk = { id: 'x', name: ' ' };
        const months = f.months as Record<string, unknown>[];
        months[0] = { ...months[0], month: '2026-13', dossiersSeen: -1 };
        months[1] = { ...months[1], letters: { ...(months[1]?.letters as object), invitation: 1, condolence: 1.5 } };
        months[2] = { ...months[2], returned: 4, returnedOnTime: 1, dossiersSeen: 3, courtesy: { greeted: '7' } };
      }),
    );
    expect(errors).toEqual([
      '“exportedAt”: phải là thời điểm xuất tệp dạng ISO (2026-11-25T09:00:00.000Z) (đang là "hôm qua").',
      '“desk.id”: phải là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch) (đang là "x").',
      '“desk.name”: phải có tên bàn (đang là " ").',
      '“months[0].month”: phải là tháng có thật dạng YYYY-MM (đang là "2026-13").',
      '“months[0].dossiersSeen”: phải là số nguyên từ 0 đến 1000000 (đang là -1).',
      '“months[1].letters.invitation”: không phải loại thư đã biết (birth-congratulation, marriage-congratulation, condolence, thank-you, apology).',
      '“months[1].letters.condolence”: phải là số nguyên từ 0 đến 1000000 (đang là 1.5).',
      '“months[2].courtesy.greeted”: phải là số nguyên từ 0 đến 1000000 (đang là "7").',
      '“months[2].courtesy.askedPermission”: thiếu.',
      '“months[2].courtesy.thanked”: thiếu.',
      '“months[2].courtesy.apologised”: thiếu.',
    ]);
  });

  it('refuses figures that cannot be: more returned than seen, more on time than returned', () => {
    const errors = errorsOf(
      withFile((f) => {
        const months = f.months as Record<string, unknown>[];
        months[2] = { ...months[2], dossiersSeen: 3, returned: 4, returnedOnTime: 5 };
      }),
    );
    expect(errors).toEqual([
      '“months[2].returned”: không thể lớn hơn số hồ sơ đã xem (3) (đang là 4).',
      '“months[2].returnedOnTime”: không thể lớn hơn số hồ sơ đã trả (4) (đang là 5).',
    ]);
  });

  it('refuses a month given twice, an empty list, and names slipped in among the codes', () => {
    expect(
      errorsOf(
        withFile((f) => {
          const months = f.months as Record<string, unknown>[];
          months[1] = { ...months[2], dossierCodes: ['H56-1', 'Nguyễn Văn A'] };
        }),
      ),
    ).toEqual([
      '“months[1].dossierCodes[1]”: phải là một mã hồ sơ (1–64 ký tự, không có khoảng trắng) (đang là "Nguyễn Văn A").',
      '“months[2].month”: tháng 2026-11 có hai lần trong tệp.',
    ]);
    expect(errorsOf(withFile((f) => Object.assign(f, { months: [] })))).toEqual(['“months”: không có tháng nào.']);
  });

  it('keeps only the fields of the format: anything else in a file is dropped', () => {
    const file = parsedOk(
      withFile((f) => {
        f.citizen = 'Nguyễn Thị Hương';
        (f.desk as Record<string, unknown>).phone = '0912';
        (f.months as Record<string, unknown>[])[0] = {
          ...(f.months as Record<string, unknown>[])[0],
          applicants: ['Nguyễn Thị Hương'],
        };
      }),
    );
    expect(JSON.stringify(file)).not.toMatch(/Hương|0912/);
    expect(file).toEqual(good());
  });

  it('normalises the desk name to NFC and one space', () => {
    const file = parsedOk(withFile((f) => Object.assign(f, { desk: { id: DESK.id, name: '  Ba\u0300n   1 ' } })));
    expect(file.desk.name).toBe('Bàn 1');
  });
});
