import type { CourtesyScript } from '../utils/scripts/types';
import type { PlanWords } from '../utils/settings/schema';

/**
 * The words of the commune's plan (kế hoạch 852/KH-UBND, 11/10/2024), shown word for word; a commune with a plan of
 * its own replaces them in the settings.
 */
export const PLAN_WORDS: PlanWords = {
  fourAsks: 'Xin chào, xin lỗi, xin cảm ơn, xin phép.',
  fourAlways: 'Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ.',
  fiveNevers:
    'Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ.',
};

/**
 * Default courtesy scripts, in our own words, following the plan's instructions for the desk: "xin chào" and "xin
 * phép" at reception, gentle guidance (above all for the elderly and people with little schooling), "xin lỗi" for an
 * officer's error (unclear guidance, a wrong or late result), "cảm ơn" to citizens who cooperate and bring documents.
 * Placeholders: {{honorific}} / {{Honorific}} (ông, bà; anh, chị in the familiar style), {{givenName}} (Hùng),
 * {{applicantName}}, {{code}}, {{procedureName}}, {{dueDate}}, {{newReturnDate}}.
 * Team leads replace, reorder or disable them in the settings.
 */
export const DEFAULT_SCRIPTS: CourtesyScript[] = [
  {
    id: 'receiving-greeting',
    stage: 'receiving',
    title: 'Xin chào',
    text: 'Xin chào {{honorific}} {{givenName}}! Mời {{honorific}} ngồi. {{Honorific}} cần làm thủ tục gì, tôi xin được hướng dẫn ạ.',
  },
  {
    id: 'receiving-permission',
    stage: 'receiving',
    title: 'Xin phép xem giấy tờ',
    text: 'Xin phép {{honorific}} cho tôi xem các giấy tờ của hồ sơ {{procedureName}} để kiểm tra. Tôi sẽ làm nhanh để {{honorific}} không phải chờ lâu.',
  },
  {
    id: 'receiving-guidance',
    stage: 'receiving',
    title: 'Hướng dẫn tận tình',
    text: 'Chỗ nào chưa rõ, {{honorific}} cứ hỏi, tôi xin hướng dẫn lại từng bước. Nếu cần, tôi giúp {{honorific}} điền tờ khai.',
  },
  {
    id: 'supplement-request',
    stage: 'supplement',
    title: 'Đề nghị bổ sung',
    text: 'Xin lỗi đã làm phiền {{honorific}}. Hồ sơ {{code}} còn thiếu một số giấy tờ; xin phép gửi {{honorific}} danh sách cụ thể để {{honorific}} chỉ cần bổ sung một lần. Cảm ơn {{honorific}} đã phối hợp.',
  },
  {
    id: 'supplement-own-error',
    stage: 'supplement',
    title: 'Xin lỗi khi cán bộ hướng dẫn chưa rõ',
    text: 'Chúng tôi xin lỗi {{honorific}}: lần trước cán bộ hướng dẫn chưa rõ nên {{honorific}} phải đi lại thêm. Lần này tôi xin hướng dẫn đầy đủ để {{honorific}} không phải đi lại nữa.',
  },
  {
    id: 'processing-update',
    stage: 'processing',
    title: 'Báo tiến độ',
    text: 'Hồ sơ {{code}} của {{honorific}} {{applicantName}} đang được giải quyết, hẹn trả kết quả ngày {{dueDate}}. Cảm ơn {{honorific}} đã kiên nhẫn chờ.',
  },
  {
    id: 'overdue-apology',
    stage: 'overdue',
    title: 'Xin lỗi vì trễ hẹn',
    text: 'Chúng tôi thành thật xin lỗi {{honorific}} {{applicantName}} vì hồ sơ {{code}} chưa có kết quả đúng hẹn. Xin hẹn trả kết quả cho {{honorific}} vào ngày {{newReturnDate}}; mong {{honorific}} thông cảm.',
  },
  {
    id: 'returning-handover',
    stage: 'returning',
    title: 'Trả kết quả',
    text: 'Xin mời {{honorific}} {{givenName}} nhận kết quả hồ sơ {{procedureName}}. Xin cảm ơn {{honorific}} đã tin tưởng và phối hợp; khi cần hỗ trợ thêm, {{honorific}} cứ liên hệ với chúng tôi.',
  },
  {
    id: 'returning-correction',
    stage: 'returning',
    title: 'Xin lỗi khi kết quả có sai sót',
    text: 'Chúng tôi thành thật xin lỗi {{honorific}} vì kết quả hồ sơ có sai sót. Xin phép {{honorific}} cho chúng tôi sửa lại ngay và báo {{honorific}} khi xong.',
  },
  {
    id: 'any-thanks',
    stage: 'any',
    title: 'Cảm ơn',
    text: 'Xin cảm ơn {{honorific}} đã phối hợp và cung cấp đầy đủ giấy tờ, giúp hồ sơ được giải quyết thuận lợi.',
  },
];
