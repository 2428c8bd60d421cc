import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import type { DeskScreenSettings } from '../desk/types';
import { TAN_PHU_DESK_SCREEN } from '../posters/test-fixtures';
import { describeChanges } from './describe-changes';
import { effectiveSettings, managedSections, readPolicy } from './managed';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { exportSettings, parseSettingsFile } from './settings-file';
import { validateSettings } from './validate';

const deskScreen: DeskScreenSettings = {
  ...TAN_PHU_DESK_SCREEN,
  procedures: [{ name: 'Đăng ký khai sinh', url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html' }],
  slideSeconds: 20,
};
const withDeskScreen = (patch: Partial<DeskScreenSettings>): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  deskScreen: { ...deskScreen, ...patch } as DeskScreenSettings,
});
const OFFICER_DESK_ID = '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162';
const errorsOf = (value: unknown) => {
  const result = validateSettings(value);
  return result.ok ? [] : result.errors;
};

describe('desk screen settings: validation', () => {
  it('accepts the defaults and a filled-in desk screen', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(validateSettings(withDeskScreen({})).ok).toBe(true);
  });

  it.each([
    [
      { zaloUrl: 'zalo.me/123' },
      '“settings.deskScreen.zaloUrl”: phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://) (đang là "zalo.me/123").',
    ],
    [
      { lookupUrl: 'javascript:alert(1)' },
      '“settings.deskScreen.lookupUrl”: phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://) (đang là "javascript:alert(1)").',
    ],
    [
      { leaderPhone: 'gọi anh Bình' },
      '“settings.deskScreen.leaderPhone”: chỉ gồm chữ số, dấu cách và các dấu + . - ( ) , ; / (đang là "gọi anh Bình").',
    ],
    [{ slideSeconds: 1 }, '“settings.deskScreen.slideSeconds”: phải là số nguyên từ 3 đến 600 (đang là 1).'],
    [{ unitName: ' ' }, '“settings.deskScreen.unitName”: không được để trống.'],
    [{ showFigures: 'có' }, '“settings.deskScreen.showFigures”: phải là true hoặc false (đang là "có").'],
    [{ procedures: [{ name: 'Khai sinh', url: '' }] }, '“settings.deskScreen.procedures[0].url”: không được để trống.'],
    [
      { procedures: [{ name: '', url: 'https://a.vn' }] },
      '“settings.deskScreen.procedures[0].name”: không được để trống.',
    ],
    [{ slides: [{ id: 'a', title: '4 xin', text: '' }] }, '“settings.deskScreen.slides[0].text”: không được để trống.'],
    [
      { slides: [{ id: 'a', title: '4 xin', text: '', planWords: 'fourPlease' }] },
      '“settings.deskScreen.slides[0].planWords”: phải là một trong: “fourAsks”, “fourAlways”, “fiveNevers” (đang là "fourPlease").',
    ],
    [
      { slides: [DEFAULT_DESK_SCREEN.slides[0], DEFAULT_DESK_SCREEN.slides[0]] },
      '“settings.deskScreen.slides[1].id”: trùng mã với một khẩu hiệu khác (“bon-xin”).',
    ],
  ] as [Partial<DeskScreenSettings>, string][])('refuses %j in Vietnamese', (patch, error) => {
    expect(errorsOf(withDeskScreen(patch))).toContain(error);
  });

  it('a slogan showing one of the plan’s lists needs no words of its own: they are the plan section’s', () => {
    const slides = [{ id: 'a', title: '', text: '', planWords: 'fiveNevers' as const }];
    expect(validateSettings(withDeskScreen({ slides }))).toEqual({ ok: true, value: withDeskScreen({ slides }) });
  });

  it('a file without the desk screen (missing section) is refused, as every other section', () => {
    const { deskScreen: _d, ...rest } = DEFAULT_SETTINGS;
    expect(errorsOf(rest)).toContain('“settings.deskScreen”: thiếu.');
  });
});

describe('desk screen settings: the settings file', () => {
  it('exports the desk screen and reads it back equal, with the changes named', () => {
    const settings = withDeskScreen({});
    const parsed = parseSettingsFile(exportSettings(settings), DEFAULT_SETTINGS);
    expect(parsed.ok && parsed.settings.deskScreen).toEqual(settings.deskScreen);
    expect(parsed.ok && parsed.changes).toEqual([
      'Người trực đường dây nóng của lãnh đạo: (trống) → “Ông Lê Văn Bình, Chủ tịch UBND xã”',
      'Đường dây nóng của lãnh đạo: (trống) → “0912 345 678”',
      'Đường dây nóng của tổ kiểm tra: (trống) → “0251 3861 999”',
      'Tên Zalo OA: (trống) → “Bộ phận Một cửa xã Tân Phú”',
      'Đường dẫn Zalo OA: (trống) → “https://zalo.me/1234567890”',
      'Mỗi khẩu hiệu hiện trên màn hình quầy: 12 → 20 giây',
      'Thêm thủ tục niêm yết “Đăng ký khai sinh”',
    ]);
  });

  it('carries the desk screen but never this browser’s desk in the commune report (name, id)', () => {
    const lead = { ...withDeskScreen({}), desk: { name: 'Bàn tổ trưởng', id: 'aaaaaaaa-1111-4222-8333-444444444444' } };
    const file = JSON.parse(exportSettings(lead));
    expect(file.settings.desk).toBeUndefined();
    expect(file.settings.deskScreen).toEqual(lead.deskScreen);
    const officer = { ...structuredClone(DEFAULT_SETTINGS), desk: { name: 'Bàn 2', id: OFFICER_DESK_ID } };
    const parsed = parseSettingsFile(JSON.stringify(file), officer);
    expect(parsed.ok && parsed.settings.desk).toEqual(officer.desk);
    expect(parsed.ok && parsed.settings.deskScreen).toEqual(lead.deskScreen);
  });

  it('names slogan edits, additions, removals and order', () => {
    const [a, b, c, ...rest] = DEFAULT_DESK_SCREEN.slides;
    if (!a || !b || !c) throw new Error('defaults');
    const after = withDeskScreen({
      slides: [b, { ...a, text: 'Xin chào!' }, { id: 'moi', title: 'Mới', text: 'Lời mới' }, { ...c, disabled: true }],
      procedures: [],
    });
    const lines = describeChanges(withDeskScreen({ slides: [a, b, c, ...rest] }), after);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Sửa khẩu hiệu “4 xin”',
        'Thêm khẩu hiệu “Mới”',
        'Khẩu hiệu “5 không”: tắt',
        `Bỏ khẩu hiệu “${rest[0]?.text.slice(0, 40)}”`,
        'Đổi thứ tự các khẩu hiệu',
        'Bỏ thủ tục niêm yết “Đăng ký khai sinh”',
      ]),
    );
  });

  it('names a change to the plan’s words once, in the plan section, and a slogan moved to its own words', () => {
    const before = withDeskScreen({ procedures: [] });
    const [bonXin, ...rest] = DEFAULT_DESK_SCREEN.slides;
    if (!bonXin) throw new Error('defaults');
    const planEdited = { ...before, plan: { ...before.plan, fourAsks: 'Xin chào ạ.' } };
    expect(describeChanges(before, planEdited)).toEqual(['Lời “4 xin”: “Xin chào ạ.”']);
    const own = withDeskScreen({
      procedures: [],
      slides: [{ id: bonXin.id, title: bonXin.title, text: 'Xin chào ạ.' }, ...rest],
    });
    expect(describeChanges(before, own)).toEqual(['Sửa khẩu hiệu “4 xin”']);
  });
});

describe('desk screen settings: managed policy', () => {
  it('a policy may push some desk screen fields and lock them; officers keep the rest at the defaults', () => {
    const policy = readPolicy({ settings: { deskScreen: { leaderPhone: '0912 000 111' } }, locked: ['deskScreen'] });
    expect(policy.errors).toEqual([]);
    expect(managedSections(policy)).toEqual(['deskScreen']);
    const effective = effectiveSettings(withDeskScreen({ leaderPhone: '0999 999 999' }), policy);
    expect(effective.deskScreen).toEqual({ ...DEFAULT_DESK_SCREEN, leaderPhone: '0912 000 111' });
  });

  it('a wrong desk screen value in a policy is named and left out', () => {
    const policy = readPolicy({ settings: { deskScreen: { zaloUrl: 'ftp://x' } } });
    expect(policy.settings.deskScreen).toBeUndefined();
    expect(policy.errors[0]).toMatch(/^Chính sách: “settings\.deskScreen\.zaloUrl”: phải là địa chỉ web/);
  });

  it('the desk screen and the report’s desk are managed apart: each policy leaves the other (and the id) alone', () => {
    const local = { ...withDeskScreen({ leaderPhone: '0999 999 999' }), desk: { name: 'Bàn 2', id: OFFICER_DESK_ID } };
    const screenOnly = effectiveSettings(local, readPolicy({ locked: ['deskScreen'] }));
    expect(screenOnly.deskScreen).toEqual(DEFAULT_DESK_SCREEN);
    expect(screenOnly.desk).toEqual(local.desk);
    const deskOnly = effectiveSettings(local, readPolicy({ settings: { desk: { name: 'Bàn 1' } }, locked: ['desk'] }));
    expect(deskOnly.desk).toEqual({ name: 'Bàn 1', id: OFFICER_DESK_ID });
    expect(deskOnly.deskScreen).toEqual(local.deskScreen);
  });
});
