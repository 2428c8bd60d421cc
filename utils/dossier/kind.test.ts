import { describe, expect, it } from 'vitest';
import { classifyKind } from './kind';

describe('classifyKind', () => {
  it.each([
    ['Đăng ký khai sinh', 'birth'],
    ['Đăng ký lại khai sinh', 'birth'],
    ['Đăng ký khai sinh có yếu tố nước ngoài', 'birth'],
    ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'birth'],
    [
      'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      'birth',
    ],
    ['liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT', 'birth'],
    ['ĐĂNG KÝ KẾT HÔN', 'marriage'],
    ['Đăng ký kết hôn có yếu tố nước ngoài', 'marriage'],
    ['Đăng ký lại kết hôn', 'marriage'],
    ['Đa\u0306ng ky\u0301 ke\u0302\u0301t ho\u0302n', 'marriage'],
    ['Đăng ký khai tử', 'death'],
    ['Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất', 'death'],
    ['Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng', 'death'],
    // The first act named decides: a copy, extract, correction or certificate names a registration but is not one.
    ['Cấp bản sao trích lục khai sinh', 'other'],
    ['Cấp bản sao trích lục hộ tịch', 'other'],
    ['Trích lục khai tử', 'other'],
    ['Xác nhận tình trạng hôn nhân', 'other'],
    ['Cấp Giấy xác nhận tình trạng hôn nhân để đăng ký kết hôn', 'other'],
    ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'other'],
    ['Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại nước ngoài', 'other'],
    ['Đăng ký nhận cha, mẹ, con', 'other'],
    ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'other'],
    ['Cấp giấy phép xây dựng', 'other'],
    // Words that only look alike.
    ['Hưởng chế độ tử tuất', 'other'],
    ['Khai sinhx', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, kind) => expect(classifyKind(name)).toBe(kind));
});
