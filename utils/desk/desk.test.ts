import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PLAN_MOTTO, PLAN_WORDS } from '../../templates/plan-words';
import type { Register } from '../register/register-types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { deskClock } from './clock-text';
import { deskFigures } from './figures';
import { publicHotlines, publicLinks, shownSlides, unitTitle } from './public-info';

const settings = (deskScreen: Partial<Settings['deskScreen']>, office: Partial<Settings['office']> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú', phone: '0251 3861 234', ...office },
  deskScreen: { ...DEFAULT_DESK_SCREEN, ...deskScreen },
});

describe('what the desk shows', () => {
  it('names the unit with its commune', () => expect(unitTitle(settings({}))).toBe('Bộ phận Một cửa xã Tân Phú'));

  it('lists hotlines with a number, the unit’s falling back to the office phone', () => {
    expect(publicHotlines(settings({ leaderPhone: '0912 345 678', leaderName: 'Ông Bình' }))).toEqual([
      { id: 'leader', label: 'Lãnh đạo UBND xã Tân Phú', name: 'Ông Bình', phone: '0912 345 678' },
      { id: 'unit', label: 'Bộ phận Một cửa', phone: '0251 3861 234' },
    ]);
    expect(publicHotlines(settings({ unitPhone: '1022', inspectionPhone: '0251 999' }, { phone: '' }))).toEqual([
      { id: 'unit', label: 'Bộ phận Một cửa', phone: '1022' },
      { id: 'inspection', label: 'Tổ kiểm tra công vụ', phone: '0251 999' },
    ]);
  });

  it('gives a QR link for the Zalo OA only when set, and the national look-up page by default', () => {
    expect(publicLinks(settings({})).map((l) => l.id)).toEqual(['lookup']);
    const [zalo] = publicLinks(settings({ zaloUrl: 'https://zalo.me/123' }));
    expect(zalo).toEqual({
      id: 'zalo',
      title: 'Hỏi đáp qua Zalo',
      caption: 'Zalo OA Bộ phận Một cửa xã Tân Phú',
      url: 'https://zalo.me/123',
    });
  });

  it('shows the plan’s slogans by default, the “5 không” one group a line, and skips those turned off', () => {
    const slides = shownSlides(settings({}));
    expect(slides.map((s) => s.title)).toEqual(['4 xin', '4 luôn', '5 không', '', '']);
    expect(slides.slice(0, 2).map((s) => s.lines)).toEqual([[PLAN_WORDS.fourAsks], [PLAN_WORDS.fourAlways]]);
    expect(slides[2]?.lines).toHaveLength(5);
    expect(slides[2]?.lines.join(' ')).toBe(PLAN_WORDS.fiveNevers);
    expect(slides.slice(3).map((s) => s.lines)).toEqual(PLAN_MOTTO.map((saying) => [saying]));
    const off = DEFAULT_DESK_SCREEN.slides.map((s, i) => (i === 0 ? s : { ...s, disabled: true }));
    expect(shownSlides(settings({ slides: off })).map((s) => s.id)).toEqual(['bon-xin']);
  });

  it('reads the plan’s lists from the settings’ plan section, so a team lead’s wording shows', () => {
    const plan = {
      fourAsks: 'Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.',
      fourAlways: 'Luôn mỉm cười,\nluôn lắng nghe.',
      fiveNevers: 'Không hách dịch; không vô cảm.',
    };
    const slides = shownSlides({ ...settings({}), plan });
    expect(slides.slice(0, 3).map((s) => s.lines)).toEqual([
      ['Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.'],
      ['Luôn mỉm cười,', 'luôn lắng nghe.'],
      ['Không hách dịch;', 'không vô cảm.'],
    ]);
  });

  it('a slogan of the team lead’s own keeps its lines as typed', () => {
    const own = { id: 'own', title: 'Phục vụ', text: 'Nhanh chóng; chính xác\n\nTận tình ' };
    expect(shownSlides(settings({ slides: [own] }))).toEqual([
      { id: 'own', title: 'Phục vụ', lines: ['Nhanh chóng; chính xác', 'Tận tình'] },
    ]);
  });
});

describe('deskFigures', () => {
  const register: Register = {
    letters: [
      { id: '1', printedAt: '2026-11-25T01:00:00.000Z', kind: 'birth-congratulation', dossierCode: 'A' },
      { id: '2', printedAt: '2026-11-25T16:30:00.000Z', kind: 'condolence' }, // 23:30 in Vietnam: still the 25th
      { id: '3', printedAt: '2026-11-25T17:30:00.000Z', kind: 'thank-you' }, // 00:30 on the 26th
      { id: '4', printedAt: '2026-11-25T02:00:00.000Z', kind: 'apology', dossierCode: 'B' },
      { id: '5', printedAt: '2026-11-24T02:00:00.000Z', kind: 'marriage-congratulation' },
    ],
    seen: [
      { month: '2026-11', code: 'A', kind: 'birth', outcome: 'on-time' },
      { month: '2026-11', code: 'B', kind: 'other', outcome: 'late' },
      { month: '2026-11', code: 'C', kind: 'other', outcome: 'open' },
      { month: '2026-10', code: 'D', kind: 'other', outcome: 'on-time' },
    ],
    courtesy: {},
  };

  it('counts today’s letters handed over (not apology slips) and this month’s returned results, in Vietnam time', () => {
    expect(deskFigures(register, Date.parse('2026-11-25T10:00:00+07:00'))).toEqual({
      day: '2026-11-25',
      lettersToday: 2,
      month: '2026-11',
      returnedThisMonth: 2,
      onTimeThisMonth: 1,
    });
    expect(deskFigures(register, Date.parse('2026-11-26T08:00:00+07:00')).lettersToday).toBe(1);
  });
});

describe('deskClock', () => {
  it.each([
    ['2026-11-25T01:05:00Z', '08:05', 'Thứ Tư, 25/11/2026'],
    ['2026-11-29T17:00:00Z', '00:00', 'Thứ Hai, 30/11/2026'],
    ['2026-02-01T03:00:00Z', '10:00', 'Chủ nhật, 01/02/2026'],
  ])('%s reads %s, %s in Vietnam', (instant, time, date) => {
    expect(deskClock(Date.parse(instant))).toEqual({ time, date });
  });
});
