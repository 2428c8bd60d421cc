/**
 * The seed plan's own words (plan 852/KH-UBND, 11/10/2024), word for word, defined once for every screen that
 * shows them: the sidebar's reminders, the desk screen, the posters. Never reword them here: a team lead's own
 * wording lives in the settings, and these stay the defaults.
 */

/** "4 xin", in the plan's order and case. */
export const FOUR_PLEASE = ['Xin chào', 'xin lỗi', 'xin cảm ơn', 'xin phép'] as const;

/** "4 luôn". */
export const FOUR_ALWAYS = ['Luôn mỉm cười', 'luôn nhẹ nhàng', 'luôn lắng nghe', 'luôn giúp đỡ'] as const;

/** "5 không": five groups, each a list of what an officer never does. */
export const FIVE_NOTS = [
  'Không cửa quyền, hách dịch, gây khó khăn, phiền hà',
  'không quan liêu, vô cảm, vô trách nhiệm',
  'không tham nhũng, lãng phí, lợi ích nhóm',
  'không xu nịnh, chạy chọt, gian dối',
  'không lợi dụng chức vụ, quyền hạn trong thực thi công vụ',
] as const;

/** The plan's motto, its two sayings. */
export const PLAN_MOTTO = [
  'Dân bàn, Dân làm, Dân kiểm tra, biết nghe Dân nói, biết nói Dân hiểu, biết làm Dân tin, biết xin lỗi, biết cảm ơn',
  'Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân',
] as const;

/** The names the plan gives its three lists. */
export const PLAN_LIST_NAMES = { fourPlease: '4 xin', fourAlways: '4 luôn', fiveNots: '5 không' } as const;

/**
 * A list as the plan writes it in running text: "Xin chào, xin lỗi, xin cảm ơn, xin phép." The "5 không" groups
 * are separated by semicolons, the others by commas.
 */
export const planSentence = (items: readonly string[], separator: ', ' | '; ' = ', '): string =>
  `${items.join(separator)}.`;
