import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { describeChanges } from './describe-changes';
import { DEFAULT_SETTINGS, type Settings } from './schema';

const base = structuredClone(DEFAULT_SETTINGS);
const [first, second, ...rest] = base.scripts;
if (!first || !second) throw new Error('default scripts');

describe('describeChanges', () => {
  it('says nothing for equal settings', () => expect(describeChanges(base, structuredClone(base))).toEqual([]));

  it('names each script change', () => {
    const after: Settings = {
      ...base,
      scripts: [
        second,
        { ...first, text: 'Chào {{honorific}}.', disabled: true },
        ...rest.slice(1),
        { id: 'new', stage: 'any', title: 'Tạm biệt', text: 'Chào tạm biệt.' },
      ],
    };
    expect(describeChanges(base, after)).toEqual([
      'Lời nói “Xin chào” (Tiếp nhận hồ sơ): đổi nội dung thành “Chào {{honorific}}.”',
      'Lời nói “Xin chào” (Tiếp nhận hồ sơ): tắt, không hiện nữa',
      'Thêm lời nói “Tạm biệt” (Mọi lúc)',
      'Bỏ lời nói “Hướng dẫn tận tình” (Tiếp nhận hồ sơ)',
      'Đổi thứ tự các lời nói',
    ]);
  });

  it('names days, letters and address style', () => {
    const after: Settings = {
      ...base,
      deadline: { ...base.deadline, extraWorkingDays: ['2026-12-26'] },
      letters: {
        ...base.letters,
        addressStyle: 'familiar',
        templates: { condolence: DEFAULT_LETTER_TEMPLATES.condolence },
      },
    };
    expect(describeChanges(base, after)).toEqual([
      'Ngày làm việc bù: thêm 26/12/2026',
      'Cách xưng hô trong thư: ông/bà → anh/chị',
      `Thư chia buồn: dùng mẫu riêng “${DEFAULT_LETTER_TEMPLATES.condolence.name}”`,
    ]);
    expect(describeChanges(after, base)).toContain('Thư chia buồn: trở về mẫu mặc định');
  });

  it('names each taught portal and field', () => {
    const tanPhu = {
      host: 'motcua.tanphu.gov.vn',
      fields: { code: { label: 'Số tiếp nhận' }, dueAt: { label: 'Hẹn trả ngày' } },
      columns: { code: { header: 'Số tiếp nhận' } },
    };
    const before: Settings = {
      ...base,
      recipes: [tanPhu, { host: 'cu.gov.vn', fields: { code: { label: 'Số' } }, columns: {} }],
    };
    const after: Settings = {
      ...base,
      recipes: [
        {
          ...tanPhu,
          fields: { code: { label: 'Số tiếp nhận', selector: 'a.lnk-ma' }, applicantName: { label: 'Người đề nghị' } },
        },
        { host: 'moi.gov.vn', fields: { dueAt: { label: 'Hạn' } }, columns: { dueAt: { header: 'Hạn' } } },
      ],
    };
    expect(describeChanges(before, after)).toEqual([
      'Cách đọc cổng motcua.tanphu.gov.vn: đổi cách tìm Mã hồ sơ; thêm Người nộp hồ sơ; bỏ Ngày hẹn trả',
      'Thêm cách đọc cổng moi.gov.vn: Ngày hẹn trả, cột Ngày hẹn trả',
      'Bỏ cách đọc cổng cu.gov.vn',
    ]);
  });
});
