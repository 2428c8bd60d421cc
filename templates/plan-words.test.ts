import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings/schema';
import { PLAN_LIST_NAMES, PLAN_MOTTO, PLAN_WORDS } from './plan-words';

// Copied from the plan (shared/DOMAIN.md, "The seed plan's own words"): any rewording here fails.
describe('the plan’s own words', () => {
  it.each([
    ['fourAsks', '4 xin', 'Xin chào, xin lỗi, xin cảm ơn, xin phép.'],
    ['fourAlways', '4 luôn', 'Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ.'],
    [
      'fiveNevers',
      '5 không',
      'Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ.',
    ],
  ] as const)('%s (“%s”) reads as the plan writes it', (key, name, plan) => {
    expect(PLAN_LIST_NAMES[key]).toBe(name);
    expect(PLAN_WORDS[key]).toBe(plan);
    expect(PLAN_WORDS[key]).toBe(PLAN_WORDS[key].normalize('NFC'));
  });

  it('keeps the motto word for word', () => {
    expect(PLAN_MOTTO).toEqual([
      'Dân bàn, Dân làm, Dân kiểm tra, biết nghe Dân nói, biết nói Dân hiểu, biết làm Dân tin, biết xin lỗi, biết cảm ơn',
      'Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân',
    ]);
  });

  it('counts four, four and five', () => {
    expect(PLAN_WORDS.fourAsks.split(', ')).toHaveLength(4);
    expect(PLAN_WORDS.fourAlways.split(', ')).toHaveLength(4);
    expect(PLAN_WORDS.fiveNevers.split('; ')).toHaveLength(5);
  });

  it('are the default of the settings’ plan section', () => expect(DEFAULT_SETTINGS.plan).toEqual(PLAN_WORDS));
});
