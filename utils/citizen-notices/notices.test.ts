import { describe, expect, it } from 'vitest';
import { BIRTH_IN_PROCESS } from '../dossier/test-dossiers';
import type { Dossier } from '../dossier/types';
import { type NoticeKind, noticeFor, noticeLinks } from './notices';

const dossier: Dossier = {
  ...BIRTH_IN_PROCESS,
  applicant: { name: 'Nguye\u0302\u0303n Thị Mai', gender: 'female', phone: '0912 345 678', email: 'mai@example.vn' },
  dueAt: '2026-11-26',
};
const context = { dossier, office: 'Bộ phận Một cửa xã Tân Phú', newReturnDate: '2026-11-30' };

describe('noticeFor', () => {
  it.each<[NoticeKind, string]>([
    [
      'received',
      'Hồ sơ 000.17.22.H56-261124-0012 (Đăng ký khai sinh) của bà Nguyễn Thị Mai đã được tiếp nhận, hẹn trả kết quả ngày 26/11/2026.',
    ],
    ['supplement', 'Xin lỗi đã làm phiền bà Nguyễn Thị Mai: hồ sơ 000.17.22.H56-261124-0012 cần bổ sung giấy tờ.'],
    ['delayed', 'Xin lỗi bà Nguyễn Thị Mai: hồ sơ 000.17.22.H56-261124-0012 chưa được giải quyết xong đúng hẹn.'],
    ['delayed', 'Xin hẹn trả kết quả cho bà vào ngày 30/11/2026.'],
    ['result-ready', 'đã có kết quả'],
  ])('%s says “%s”, signed by the office', (kind, phrase) => {
    const notice = noticeFor(kind, context);
    expect(notice.text).toContain(phrase);
    expect(notice.text).toMatch(/\nBộ phận Một cửa xã Tân Phú$/);
    expect(notice.text).toBe(notice.text.normalize('NFC'));
    expect(notice.text).not.toMatch(/undefined|\{\{|kính báo|ngày \.|ngày \d\d:\d\d/i);
  });

  it('lists the documents the officer ticked', () => {
    const documents = ['Giấy chứng sinh', 'Văn bản ủy quyền (có chứng thực).'];
    expect(noticeFor('supplement', { ...context, documents }).text).toContain(
      'cần bổ sung Giấy chứng sinh; Văn bản ủy quyền (có chứng thực). Xin bà bổ sung một lần',
    );
  });

  it('gives the reason of a delay, and leaves out a date it does not know', () => {
    const reason = 'cần xác minh thêm tại nơi cư trú trước đây.';
    expect(noticeFor('delayed', { ...context, reason }).text).toContain(
      'chưa được giải quyết xong đúng hẹn vì cần xác minh thêm tại nơi cư trú trước đây. Xin hẹn',
    );
    const noDates = { ...context, dossier: { ...dossier, dueAt: undefined }, newReturnDate: undefined };
    expect(noticeFor('received', noDates).text).toContain('đã được tiếp nhận.');
    expect(noticeFor('delayed', noDates).text).toBe(
      'Xin lỗi bà Nguyễn Thị Mai: hồ sơ 000.17.22.H56-261124-0012 chưa được giải quyết xong đúng hẹn.\nBộ phận Một cửa xã Tân Phú',
    );
  });

  it('says the day alone when the page gives a time', () => {
    const timed = { ...context, dossier: { ...dossier, dueAt: '2026-11-30T16:30:00+07:00' } };
    expect(noticeFor('received', timed).text).toContain('hẹn trả kết quả ngày 30/11/2026.');
  });

  it('addresses by the name’s guess and the commune’s style', () => {
    const guessed = {
      ...context,
      dossier: { ...dossier, applicant: { name: 'LÝ THỊ KIM OANH' } },
      address: 'familiar' as const,
    };
    expect(noticeFor('result-ready', guessed).text).toContain('của chị Lý Thị Kim Oanh đã có kết quả. Mời chị');
  });

  it('writes SMS without diacritics, within one 160-character segment', () => {
    const long = {
      ...context,
      dossier: {
        ...dossier,
        procedureName:
          'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      },
    };
    for (const kind of ['received', 'supplement', 'delayed', 'result-ready'] as const) {
      const { sms } = noticeFor(kind, long);
      expect(sms).toMatch(/^[\x20-\x7e]+$/);
      expect(sms.length).toBeLessThanOrEqual(160);
    }
    expect(noticeFor('delayed', context).sms).toContain('Xin loi ba Nguyen Thi Mai');
    expect(noticeFor('delayed', context).sms).toMatch(/Bo phan Mot cua xa Tan Phu$/);
  });
});

describe('noticeLinks', () => {
  it('builds mailto: and sms: links, and none without contacts', () => {
    const notice = noticeFor('result-ready', context);
    const links = noticeLinks(notice, dossier.applicant);
    expect(links.mailto).toMatch(/^mailto:mai%40example\.vn\?subject=/);
    expect(decodeURIComponent(links.mailto?.split('body=')[1] ?? '')).toBe(notice.text);
    expect(links.sms).toMatch(/^sms:0912345678\?body=/);
    expect(noticeLinks(notice, {})).toEqual({ mailto: undefined, sms: undefined });
  });
});
