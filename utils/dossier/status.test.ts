import { describe, expect, it } from 'vitest';
import { mapStatus } from './status';

describe('mapStatus', () => {
  it.each([
    ['Mới đăng ký', 'new'],
    ['Chờ tiếp nhận', 'new'],
    ['Mới tiếp nhận', 'received'],
    ['Đã tiếp nhận', 'received'],
    ['Đang xử lý', 'processing'],
    ['Đang giải quyết', 'processing'],
    ['Đang thẩm định', 'processing'],
    ['Chờ phê duyệt', 'processing'],
    ['Chưa hoàn thành', 'processing'],
    ['Chờ bổ sung', 'supplement'],
    ['Yêu cầu bổ sung', 'supplement'],
    ['Yêu cầu bổ sung hồ sơ', 'supplement'],
    ['Tạm dừng', 'paused'],
    ['Tạm dừng xử lý', 'paused'],
    ['Từ chối', 'rejected'],
    ['Từ chối giải quyết', 'rejected'],
    ['Không đủ điều kiện giải quyết', 'rejected'],
    ['Đã trả lại hồ sơ', 'rejected'],
    ['Đã có kết quả', 'result-ready'],
    ['Chờ trả kết quả', 'result-ready'],
    ['Đã trả kết quả', 'returned'],
    ['Đã trả kết quả (quá hạn)', 'returned'],
    ['Hoàn thành', 'returned'],
    ['Đã hủy', 'withdrawn'],
    ['Rút hồ sơ', 'withdrawn'],
    ['Dừng xử lý', 'withdrawn'],
    ['Quá hạn', 'overdue'],
    ['Đang xử lý - Quá hạn', 'overdue'],
    ['  ĐANG   XỬ LÝ ', 'processing'],
    ['Đang xu\u031b\u0309 ly\u0301', 'processing'],
    ['???', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (text, status) => expect(mapStatus(text)).toBe(status));
});
