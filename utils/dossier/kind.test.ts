import { describe, expect, it } from 'vitest';
import { findDossierCode } from './code';
import { classifyKind } from './kind';
import { mapStatus } from './status';

describe('classifyKind', () => {
  it.each([
    ['Đăng ký khai sinh', 'birth'],
    ['Đăng ký lại khai sinh', 'birth'],
    ['Đăng ký khai sinh có yếu tố nước ngoài', 'birth'],
    [
      'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      'birth',
    ],
    ['liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT', 'birth'],
    ['ĐĂNG KÝ KẾT HÔN', 'marriage'],
    ['Đăng ký kết hôn có yếu tố nước ngoài', 'marriage'],
    ['Đa\u0306ng ky\u0301 ke\u0302\u0301t ho\u0302n', 'marriage'],
    ['Đăng ký khai tử', 'death'],
    ['Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất', 'death'],
    // Copies, extracts and status confirmations are not a new registration.
    ['Cấp bản sao trích lục khai sinh', 'other'],
    ['Cấp bản sao trích lục hộ tịch', 'other'],
    ['Xác nhận tình trạng hôn nhân', 'other'],
    ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'other'],
    ['Cấp giấy phép xây dựng', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, kind) => expect(classifyKind(name)).toBe(kind));
});

describe('mapStatus', () => {
  it.each([
    ['Mới đăng ký', 'new'],
    ['Chờ tiếp nhận', 'new'],
    ['Mới tiếp nhận', 'received'],
    ['Đã tiếp nhận', 'received'],
    ['Đang xử lý', 'processing'],
    ['Đang giải quyết', 'processing'],
    ['Chờ bổ sung', 'supplement'],
    ['Yêu cầu bổ sung hồ sơ', 'supplement'],
    ['Tạm dừng', 'paused'],
    ['Từ chối giải quyết', 'rejected'],
    ['Đã có kết quả', 'result-ready'],
    ['Chờ trả kết quả', 'result-ready'],
    ['Đã trả kết quả', 'returned'],
    ['Hoàn thành', 'returned'],
    ['Đã hủy', 'withdrawn'],
    ['Quá hạn', 'overdue'],
    ['???', 'unknown'],
  ])('%s → %s', (text, status) => expect(mapStatus(text)).toBe(status));
});

describe('findDossierCode', () => {
  it.each([
    ['Hồ sơ 000.17.22.H56-210531-0001 đã nhận', '000.17.22.H56-210531-0001'],
    ['H56.22-261120-0003', 'H56.22-261120-0003'],
    ['Mã: HS-2026-000123', 'HS-2026-000123'],
    ['Không có mã nào ở đây 25/11/2026', undefined],
  ])('%s → %s', (text, code) => expect(findDossierCode(text)).toBe(code));
});
