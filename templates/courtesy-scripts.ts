import type { CourtesyScript } from '../utils/scripts/types';

/**
 * Default courtesy scripts, one or more per stage, in our own words. Placeholders: {{Honorific}} / {{honorific}}
 * (Ông, Bà, Ông/Bà), {{applicantName}}, {{code}}, {{procedureName}}, {{dueDate}}, {{newReturnDate}}.
 * Team leads replace, reorder or disable them in the settings.
 */
export const DEFAULT_SCRIPTS: CourtesyScript[] = [
  {
    id: 'receiving-greeting',
    stage: 'receiving',
    title: 'Xin chào',
    text: 'Xin chào {{honorific}} {{applicantName}}! Cảm ơn {{honorific}} đã đến bộ phận một cửa. Tôi có thể giúp gì cho {{honorific}} ạ?',
  },
  {
    id: 'receiving-permission',
    stage: 'receiving',
    title: 'Xin phép xem giấy tờ',
    text: 'Xin phép {{honorific}} cho tôi xem giấy tờ để kiểm tra hồ sơ {{procedureName}}. Tôi sẽ làm nhanh để {{honorific}} không phải chờ lâu.',
  },
  {
    id: 'supplement-request',
    stage: 'supplement',
    title: 'Đề nghị bổ sung nhẹ nhàng',
    text: 'Xin lỗi vì làm phiền {{honorific}}. Hồ sơ {{code}} còn thiếu một số giấy tờ; tôi xin gửi {{honorific}} danh sách cụ thể để {{honorific}} chỉ cần bổ sung một lần.',
  },
  {
    id: 'processing-update',
    stage: 'processing',
    title: 'Báo tiến độ',
    text: 'Hồ sơ {{code}} của {{honorific}} {{applicantName}} đang được xử lý, dự kiến trả kết quả ngày {{dueDate}}. Cảm ơn {{honorific}} đã kiên nhẫn chờ.',
  },
  {
    id: 'overdue-apology',
    stage: 'overdue',
    title: 'Xin lỗi vì trễ hẹn',
    text: 'Chúng tôi thành thật xin lỗi {{honorific}} {{applicantName}} vì hồ sơ {{code}} chưa có kết quả đúng hẹn. Xin hẹn lại {{honorific}} ngày {{newReturnDate}}; mong {{honorific}} thông cảm.',
  },
  {
    id: 'returning-handover',
    stage: 'returning',
    title: 'Trả kết quả',
    text: 'Xin mời {{honorific}} {{applicantName}} nhận kết quả hồ sơ {{procedureName}}. Xin cảm ơn {{honorific}} đã tin tưởng; nếu cần hỗ trợ thêm, {{honorific}} cứ liên hệ bộ phận một cửa.',
  },
  {
    id: 'any-thanks',
    stage: 'any',
    title: 'Cảm ơn',
    text: 'Xin cảm ơn {{honorific}} đã phối hợp, giúp hồ sơ được giải quyết thuận lợi.',
  },
];

/** "4 luôn": short reminders kept in view. */
export const FOUR_ALWAYS = ['Luôn tươi cười', 'Luôn nhẹ nhàng', 'Luôn lắng nghe', 'Luôn giúp đỡ'];

/** "5 không": what an officer never does. */
export const FIVE_NEVERS = [
  'Không gây khó khăn',
  'Không nhũng nhiễu',
  'Không quan liêu, hách dịch',
  'Không chậm trễ',
  'Không tiêu cực',
];
