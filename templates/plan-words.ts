import type { PlanWords } from '../utils/settings/schema';

/**
 * The seed plan's own words (kế hoạch 852/KH-UBND, 11/10/2024), word for word, defined once: the default of the
 * settings' `plan` section, which the sidebar's reminder, the desk screen and the slogan board all read. Never reword
 * them here: a commune with a plan of its own replaces them in the settings, and these stay the defaults.
 */
export const PLAN_WORDS: PlanWords = {
  fourAsks: 'Xin chào, xin lỗi, xin cảm ơn, xin phép.',
  fourAlways: 'Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ.',
  fiveNevers:
    'Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ.',
};

/** The names the plan gives its three lists, in its order. */
export const PLAN_LIST_NAMES: Readonly<Record<keyof PlanWords, string>> = {
  fourAsks: '4 xin',
  fourAlways: '4 luôn',
  fiveNevers: '5 không',
};

export const PLAN_LISTS = Object.keys(PLAN_LIST_NAMES) as ReadonlyArray<keyof PlanWords>;

/** The plan's motto, its two sayings; the desk screen's default slogans after the three lists. */
export const PLAN_MOTTO = [
  'Dân bàn, Dân làm, Dân kiểm tra, biết nghe Dân nói, biết nói Dân hiểu, biết làm Dân tin, biết xin lỗi, biết cảm ơn',
  'Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân',
] as const;
