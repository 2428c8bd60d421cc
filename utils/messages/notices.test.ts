import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { type NoticeKind, noticeFor, noticeLinks } from './notices';

const dossier: Dossier = {
  code: '000.17.22.H56-261124-0012',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicant: { name: 'Nguye\u0302\u0303n Thị Mai', gender: 'female', phone: '0912 345 678', email: 'mai@example.vn' },
  dueAt: '2026-11-26',
};
const context = { dossier, office: 'UBND xã Tân Phú', newReturnDate: '2026-11-30' };

describe('noticeFor', () => {
  it.each<[NoticeKind, string]>([
    [
      'received',
      'hồ sơ 000.17.22.H56-261124-0012 (Đăng ký khai sinh) đã được tiếp nhận, hẹn trả kết quả ngày 26/11/2026',
    ],
    ['supplement', 'cần bổ sung giấy tờ'],
    ['delayed', 'xin lỗi bà Nguyễn Thị Mai'],
    ['result-ready', 'đã có kết quả'],
  ])('%s', (kind, phrase) => {
    const notice = noticeFor(kind, context);
    expect(notice.text).toContain(phrase);
    expect(notice.text).toBe(notice.text.normalize('NFC'));
    expect(notice.text).not.toMatch(/undefined|\{\{/);
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
    expect(noticeFor('delayed', context).sms).toContain('xin loi ba Nguyen Thi Mai');
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
