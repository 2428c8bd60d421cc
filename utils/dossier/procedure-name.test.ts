import { describe, expect, it } from 'vitest';
import { looksLikeProcedure, procedureOfTitle, sentenceCase } from './procedure-name';

describe('looksLikeProcedure: a line that names a procedure without a label', () => {
  it.each([
    ['Đăng ký khai sinh', true],
    ['  ĐĂNG KÝ KẾT HÔN ', true],
    ['Cấp bản sao trích lục hộ tịch', true],
    ['Xác nhận tình trạng hôn nhân', true],
    ['Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú', true],
    ['Chứng thực chữ ký trong giấy tờ, văn bản', true],
    // A label, a document of the dossier, a short button text, a page title.
    ['Đăng ký khai sinh:', false],
    ['1. Tờ khai đăng ký khai sinh (Bản chính: 1)', false],
    ['Đăng ký mới', false],
    ['CHI TIẾT HỒ SƠ', false],
    ['Phiếu nhận hồ sơ', false],
    ['Cấp', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(looksLikeProcedure(text)).toBe(expected));
});

describe('sentenceCase: a procedure written in capitals', () => {
  it.each([
    ['ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh'],
    ['CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH', 'Cấp bản sao trích lục hộ tịch'],
    ['ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI TẠI UBND XÃ', 'Đăng ký kết hôn có yếu tố nước ngoài tại UBND xã'],
    ['GHI VÀO SỔ HỘ TỊCH VIỆC KẾT HÔN CỦA CÔNG DÂN VIỆT NAM', 'Ghi vào sổ hộ tịch việc kết hôn của công dân Việt Nam'],
    // Mixed case is the page's own writing: kept.
    ['Đăng ký khai sinh', 'Đăng ký khai sinh'],
    ['Cấp Giấy xác nhận tình trạng hôn nhân', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['', ''],
  ])('%j → %j', (name, expected) => expect(sentenceCase(name)).toBe(expected));
});

describe('procedureOfTitle: the procedure a title names', () => {
  it.each([
    ['Đăng ký khai sinh', 'Đăng ký khai sinh'],
    ['DANH SÁCH HỒ SƠ ĐĂNG KÝ KHAI SINH', 'ĐĂNG KÝ KHAI SINH'],
    ['Danh sách hồ sơ cần xử lý', undefined],
    ['Sổ theo dõi hồ sơ chứng thực chữ ký', 'Chứng thực chữ ký'],
    ['Danh sách hồ sơ', undefined],
    ['CHI TIẾT HỒ SƠ ĐĂNG KÝ KHAI SINH', 'ĐĂNG KÝ KHAI SINH'],
    ['Hồ sơ đăng ký kết hôn', 'Đăng ký kết hôn'],
    ['Thông tin hồ sơ', undefined],
    ['Thông tin đăng ký', undefined],
  ])('%j → %j', (title, procedure) => expect(procedureOfTitle(title)).toBe(procedure));
});
