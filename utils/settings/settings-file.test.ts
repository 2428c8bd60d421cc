import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { itRefusesUnreadableFiles } from '../../tests/unit/file-refusals';
import type { LetterTemplate } from '../letters/types';
import { SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import {
  applySettingsImport,
  exportSettings,
  fileSizeError,
  parseSettingsFile,
  SETTINGS_FILE_APP,
  settingsFileName,
} from './settings-file';

const custom: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  deadline: {
    soonWorkingDays: 5,
    extraDaysOff: ['2026-12-24'],
    extraWorkingDays: [],
    apologyExtraWorkingDays: 3,
    confirmedYears: [],
  },
  office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú', unitType: 'xã', province: 'tỉnh Đồng Nai' },
  register: { retentionMonths: 24, shareDossierCodes: true },
};

const fileWith = (settings: unknown, version: unknown = SETTINGS_VERSION, app: unknown = SETTINGS_FILE_APP) =>
  JSON.stringify({ app, version, exportedAt: '2026-11-25T02:00:00.000Z', settings });

const errorsOf = (text: string) => {
  const parsed = parseSettingsFile(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.errors;
};

describe('exportSettings / parseSettingsFile', () => {
  it('round trip: what is exported parses back equal', () => {
    const text = exportSettings(custom, new Date('2026-11-25T02:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ app: SETTINGS_FILE_APP, version: SETTINGS_VERSION });
    const parsed = parseSettingsFile(text, custom);
    expect(parsed).toEqual({ ok: true, settings: custom, changes: [] });
  });

  it('lists what a good file changes', () => {
    const parsed = parseSettingsFile(exportSettings(custom));
    expect(parsed.ok && parsed.changes).toEqual([
      'Báo “sắp đến hạn” khi còn: 2 → 5 ngày làm việc',
      'Ngày hẹn mới trên phiếu xin lỗi: sau 2 → 3 ngày làm việc',
      'Ngày nghỉ thêm: thêm 24/12/2026',
      'Tên xã/phường: (trống) → “xã Tân Phú”',
      'Tỉnh/thành phố: (trống) → “tỉnh Đồng Nai”',
      'Thời gian lưu sổ theo dõi: 12 → 24 tháng',
      'Tệp sổ theo dõi của bàn kèm mã hồ sơ',
    ]);
  });

  itRefusesUnreadableFiles({
    errorsOf,
    notThisKind: /không phải tệp cài đặt/,
    anotherApp: { text: JSON.stringify({ app: 'khac', settings: {} }), words: /“app”/ },
    withVersion: (version) => fileWith(DEFAULT_SETTINGS, version),
    newest: SETTINGS_VERSION,
    tooLarge: {
      megabytes: 5,
      padded: (padding) => fileWith({ ...DEFAULT_SETTINGS, padding }),
      sizeError: fileSizeError,
    },
  });

  it('counts bytes, not characters (Vietnamese letters take up to 3 bytes)', () => {
    const text = fileWith({ ...DEFAULT_SETTINGS, padding: 'ệ'.repeat(400_000) });
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(errorsOf(text)[0]).toMatch(/quá lớn/);
  });

  it('lists every problem of a wrong schema, each with its place', () => {
    const errors = errorsOf(
      fileWith({
        ...DEFAULT_SETTINGS,
        deadline: { soonWorkingDays: 99, extraDaysOff: ['2026-02-30'], extraWorkingDays: 'x', confirmedYears: [] },
        scripts: [{ id: 'a', stage: 'lunch', title: '', text: 'Chào' }],
        office: { ...DEFAULT_SETTINGS.office, unitType: 'huyện' },
        letters: { ...DEFAULT_SETTINGS.letters, addressStyle: 'thân mật' },
        register: { retentionMonths: 0, shareDossierCodes: false },
      }),
    );
    expect(errors).toEqual([
      '“settings.deadline.soonWorkingDays”: phải là số nguyên từ 0 đến 10 (đang là 99).',
      '“settings.deadline.extraDaysOff[0]”: phải là ngày có thật dạng YYYY-MM-DD (đang là "2026-02-30").',
      '“settings.deadline.extraWorkingDays”: phải là một danh sách (đang là "x").',
      '“settings.deadline.apologyExtraWorkingDays”: thiếu.',
      '“settings.scripts[0].stage”: phải là một trong: “receiving”, “supplement”, “processing”, “returning”, “overdue”, “any” (đang là "lunch").',
      '“settings.scripts[0].title”: không được để trống.',
      '“settings.office.unitType”: phải là một trong: “xã”, “phường”, “đặc khu” (đang là "huyện").',
      '“settings.letters.addressStyle”: phải là một trong: “formal”, “familiar” (đang là "thân mật").',
      '“settings.register.retentionMonths”: phải là số nguyên từ 1 đến 60 (đang là 0).',
    ]);
  });

  it('migrates a v1 file and keeps every choice it holds', () => {
    const v1 = {
      deadline: { soonWorkingDays: 4, extraDaysOff: ['2026-12-24'], extraWorkingDays: [], apologyExtraWorkingDays: 3 },
      scripts: [{ id: 'x', stage: 'receiving', title: 'Chào', text: 'Xin chào {{honorific}}' }],
    };
    const parsed = parseSettingsFile(fileWith(v1, 1));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.settings.deadline).toEqual({ ...v1.deadline, confirmedYears: [] });
    expect(parsed.settings.scripts).toEqual(v1.scripts);
    expect(parsed.settings.office).toEqual(DEFAULT_SETTINGS.office);
    expect(parsed.settings.register).toEqual({ retentionMonths: 12, shareDossierCodes: false });
  });

  it('never carries a desk: the file leaves it out, and an import keeps the officer’s own', () => {
    const lead = { ...custom, desk: { name: 'Bàn tổ trưởng', id: '11111111-2222-4333-8444-555555555555' } };
    const text = exportSettings(lead);
    expect(JSON.parse(text).settings).not.toHaveProperty('desk');
    const officer = { ...DEFAULT_SETTINGS, desk: { name: 'Bàn 3', id: '99999999-8888-4777-8666-555555555555' } };
    const parsed = parseSettingsFile(text, officer);
    expect(parsed.ok && parsed.settings.desk).toEqual(officer.desk);
    // Even a hand-made file that holds a desk.
    const forged = parseSettingsFile(fileWith({ ...custom, desk: lead.desk }), officer);
    expect(forged.ok && forged.settings.desk).toEqual(officer.desk);
  });

  it('drops fields this version does not know', () => {
    const parsed = parseSettingsFile(fileWith({ ...custom, future: { x: 1 } }));
    expect(parsed.ok && parsed.settings).toEqual(custom);
  });

  it('drops fields of a template and its blocks that letters do not have', () => {
    const condolence = structuredClone(DEFAULT_LETTER_TEMPLATES.condolence);
    const withExtras = {
      ...condolence,
      script: 'alert(1)',
      blocks: condolence.blocks.map((block) => ({ ...block, onclick: 'x' })),
    };
    const parsed = parseSettingsFile(
      fileWith({ ...custom, letters: { ...custom.letters, templates: { condolence: withExtras } } }),
    );
    expect(parsed.ok && parsed.settings.letters.templates.condolence).toEqual(condolence);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses a template placeholder named after an object built-in ({{%s}})',
    (name) => {
      const condolence = structuredClone(DEFAULT_LETTER_TEMPLATES.condolence);
      condolence.blocks.push({ type: 'paragraph', text: `Kính gửi {{${name}}}.` });
      const errors = errorsOf(fileWith({ ...custom, letters: { ...custom.letters, templates: { condolence } } }));
      expect(errors.join('\n')).toContain(`“${name}” không phải trường mà thư điền được`);
    },
  );

  it.each<[string, (t: LetterTemplate) => void, string]>([
    ['requires', (t) => t.requires.push('constructor'), 'requires[0]'],
    ['when', (t) => t.blocks.push({ type: 'paragraph', text: 'Gọi.', when: 'toString' }), '.when'],
    ['a default', (t) => Object.assign(t, { defaults: { valueOf: 'x' } }), 'defaults.valueOf'],
    ['a modifier', (t) => t.blocks.push({ type: 'paragraph', text: '{{child.name|constructor}}' }), 'cách viết'],
  ])('refuses an unknown field in %s', (_, change, where) => {
    const birth = structuredClone(DEFAULT_LETTER_TEMPLATES['birth-congratulation']);
    birth.requires = [];
    change(birth);
    const errors = errorsOf(
      fileWith({ ...custom, letters: { ...custom.letters, templates: { 'birth-congratulation': birth } } }),
    );
    expect(errors.join('\n')).toContain(where);
  });

  it('accepts fields and modifiers by their Vietnamese names wherever a template names one', () => {
    const birth = structuredClone(DEFAULT_LETTER_TEMPLATES['birth-congratulation']);
    birth.requires = ['Tên trẻ'];
    Object.assign(birth, { defaults: { 'Căn cứ pháp lý': 'Căn cứ: Luật Hộ tịch năm 2014.' } });
    birth.blocks.push({
      type: 'paragraph',
      text: 'Chúc mừng {{Xưng hô|viết hoa chữ đầu}} {{Tên người nộp}}.',
      when: 'Tên trẻ',
    });
    const parsed = parseSettingsFile(
      fileWith({ ...custom, letters: { ...custom.letters, templates: { 'birth-congratulation': birth } } }),
    );
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('refuses a file nested 200,000 levels deep with a word, before parsing it', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = `{"app":"${SETTINGS_FILE_APP}","version":${SETTINGS_VERSION},"settings":${deep}}`;
    const started = performance.now();
    expect(errorsOf(text)).toEqual([expect.stringContaining('lồng nhau quá sâu')]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not count brackets inside strings as nesting', () => {
    const office = {
      ...custom.office,
      address: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ \\"[',
    };
    const parsed = parseSettingsFile(fileWith({ ...custom, office }));
    expect(parsed.ok && parsed.settings.office.address).toBe(office.address);
  });

  it('names the file after the Vietnam day', () => {
    // 23:30 UTC on the 24th is already the 25th in Vietnam.
    expect(settingsFileName(Date.parse('2026-11-24T23:30:00Z'))).toBe('mot-cua-than-thien-cai-dat-2026-11-25.json');
  });
});

describe('applySettingsImport', () => {
  const fakeItem = () => ({ setValue: vi.fn(async (_: Settings) => {}) });

  it.each([
    ['bad JSON', '{'],
    ['wrong schema', fileWith({ ...DEFAULT_SETTINGS, register: { retentionMonths: 99 } })],
    ['future version', fileWith(DEFAULT_SETTINGS, SETTINGS_VERSION + 1)],
    ['huge file', 'x'.repeat(2 * 1024 * 1024)],
  ])('never writes a refused file (%s)', async (_name, text) => {
    const item = fakeItem();
    expect(await applySettingsImport(parseSettingsFile(text), item)).toBe(false);
    expect(item.setValue).not.toHaveBeenCalled();
  });

  it('writes an accepted file once', async () => {
    const item = fakeItem();
    expect(await applySettingsImport(parseSettingsFile(exportSettings(custom)), item)).toBe(true);
    expect(item.setValue).toHaveBeenCalledExactlyOnceWith(custom);
  });
});
