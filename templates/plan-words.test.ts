import { describe, expect, it } from 'vitest';
import { FIVE_NOTS, FOUR_ALWAYS, FOUR_PLEASE, PLAN_MOTTO, planSentence } from './plan-words';

// Copied from the plan (shared/DOMAIN.md, "The seed plan's own words"): any rewording here fails.
describe('the plan’s own words', () => {
  it.each([
    ['4 xin', planSentence(FOUR_PLEASE), 'Xin chào, xin lỗi, xin cảm ơn, xin phép.'],
    ['4 luôn', planSentence(FOUR_ALWAYS), 'Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ.'],
    [
      '5 không',
      planSentence(FIVE_NOTS, '; '),
      'Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ.',
    ],
  ])('%s reads as the plan writes it', (_name, sentence, plan) => {
    expect(sentence).toBe(plan);
    expect(sentence).toBe(sentence.normalize('NFC'));
  });

  it('keeps the motto word for word', () => {
    expect(PLAN_MOTTO).toEqual([
      'Dân bàn, Dân làm, Dân kiểm tra, biết nghe Dân nói, biết nói Dân hiểu, biết làm Dân tin, biết xin lỗi, biết cảm ơn',
      'Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân',
    ]);
  });

  it('counts four, four and five', () => {
    expect([FOUR_PLEASE.length, FOUR_ALWAYS.length, FIVE_NOTS.length]).toEqual([4, 4, 5]);
  });
});
