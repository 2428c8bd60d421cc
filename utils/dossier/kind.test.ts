import { describe, expect, it } from 'vitest';
import { classifyKind, readProcedure } from './kind';

describe('classifyKind', () => {
  it.each([
    ['Đăng ký khai sinh', 'birth'],
    ['Đăng ký khai sinh có yếu tố nước ngoài', 'birth'],
    ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'birth'],
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
    ['Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng', 'death'],
    // The first act named decides: a copy, extract, correction or certificate names a registration but is not one.
    ['Cấp bản sao trích lục khai sinh', 'other'],
    ['Cấp bản sao trích lục hộ tịch', 'other'],
    ['Trích lục khai tử', 'other'],
    ['Xác nhận tình trạng hôn nhân', 'other'],
    ['Đăng ký lại khai sinh', 'other'],
    ['Đăng ký lại kết hôn', 'other'],
    ['Đăng ký lại khai tử', 'other'],
    ['Cấp lại bản chính giấy khai sinh', 'other'],
    ['Đăng ký khai sinh lưu động', 'birth'],
    ['Đăng ký kết hôn lưu động', 'marriage'],
    ['Đăng ký khai tử có yếu tố nước ngoài', 'death'],
    ['Cấp Giấy xác nhận tình trạng hôn nhân để đăng ký kết hôn', 'other'],
    ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'other'],
    ['Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại nước ngoài', 'other'],
    ['Đăng ký nhận cha, mẹ, con', 'other'],
    ['Hủy việc kết hôn trái pháp luật', 'other'],
    ['Thu hồi, hủy bỏ giấy khai sinh cấp sai quy định', 'other'],
    ['Điều chỉnh thông tin trong giấy khai sinh', 'other'],
    ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'other'],
    ['Cấp giấy phép xây dựng', 'other'],
    // Words that only look alike.
    ['Hưởng chế độ tử tuất', 'other'],
    ['Khai sinhx', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, kind) => expect(classifyKind(name)).toBe(kind));
});

describe('readProcedure: what a procedure that is not a registration mentions, and why it is not one', () => {
  it.each([
    ['Cấp bản sao trích lục khai sinh', { kind: 'other', mentions: 'birth', act: 'copy' }],
    ['Trích lục khai tử', { kind: 'other', mentions: 'death', act: 'copy' }],
    ['Cấp lại bản chính giấy khai sinh', { kind: 'other', mentions: 'birth', act: 'reissue' }],
    ['Đăng ký lại khai sinh', { kind: 'other', mentions: 'birth', act: 're-registration' }],
    ['Đăng ký lại kết hôn', { kind: 'other', mentions: 'marriage', act: 're-registration' }],
    ['Đăng ký lại khai tử', { kind: 'other', mentions: 'death', act: 're-registration' }],
    ['Xác nhận tình trạng hôn nhân', { kind: 'other', mentions: 'marriage', act: 'status-confirmation' }],
    ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', { kind: 'other' }],
    [
      'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam',
      { kind: 'other', mentions: 'marriage', act: 'recording' },
    ],
    ['Đăng ký khai sinh', { kind: 'birth' }],
    ['Hủy việc kết hôn trái pháp luật', { kind: 'other', mentions: 'marriage', act: 'annulment' }],
    ['Điều chỉnh thông tin khai sinh', { kind: 'other', mentions: 'birth', act: 'correction' }],
    ['Cấp giấy phép xây dựng', { kind: 'other' }],
  ])('%s', (name, meaning) => expect(readProcedure(name)).toEqual(meaning));
});
