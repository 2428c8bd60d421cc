import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { DEFAULT_SETTINGS } from './schema';
import { validatePartialSettings, validateSettings } from './validate';

const errorsOf = (result: { ok: true } | { ok: false; errors: string[] }) => (result.ok ? [] : result.errors);

describe('validateSettings', () => {
  it('accepts the defaults and every shipped letter template', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      letters: { ...DEFAULT_SETTINGS.letters, templates: DEFAULT_LETTER_TEMPLATES, addressStyle: 'familiar' },
    };
    expect(validateSettings(settings)).toEqual({ ok: true, value: settings });
  });

  it.each([
    [null, '“settings”: phải là một nhóm cài đặt (đối tượng JSON) (đang là null).'],
    [{ ...DEFAULT_SETTINGS, office: undefined }, '“settings.office”: thiếu.'],
    [{ ...DEFAULT_SETTINGS, scripts: {} }, '“settings.scripts”: phải là một danh sách (đang là {}).'],
    [
      { ...DEFAULT_SETTINGS, scripts: [DEFAULT_SETTINGS.scripts[0], DEFAULT_SETTINGS.scripts[0]] },
      '“settings.scripts[1].id”: trùng mã với một lời nói khác (“receiving-greeting”).',
    ],
    [
      { ...DEFAULT_SETTINGS, scripts: [{ id: 'a', stage: 'any', title: 'A', text: 'B', disabled: 'có' }] },
      '“settings.scripts[0].disabled”: phải là true hoặc false (đang là "có").',
    ],
    [
      { ...DEFAULT_SETTINGS, office: { ...DEFAULT_SETTINGS.office, phone: 84 } },
      '“settings.office.phone”: phải là chữ (chuỗi) (đang là 84).',
    ],
    [
      { ...DEFAULT_SETTINGS, letters: { addressStyle: 'formal', templates: { invitation: {} } } },
      '“settings.letters.templates.invitation”: không phải loại thư đã biết (birth-congratulation, marriage-congratulation, condolence, thank-you, apology).',
    ],
    [
      {
        ...DEFAULT_SETTINGS,
        letters: {
          addressStyle: 'formal',
          templates: { condolence: { ...DEFAULT_LETTER_TEMPLATES.condolence, blocks: [{ type: 'poem' }] } },
        },
      },
      '“settings.letters.templates.condolence.blocks[0].type”: phải là một trong: “heading”, “title”, “paragraph”, “list”, “signature”, “recipients”, “page-break”, “excerpt” (đang là "poem").',
    ],
    [
      {
        ...DEFAULT_SETTINGS,
        letters: { addressStyle: 'formal', templates: { apology: DEFAULT_LETTER_TEMPLATES.condolence } },
      },
      '“settings.letters.templates.apology.kind”: phải là “apology” (đang là "condolence").',
    ],
    [
      { ...DEFAULT_SETTINGS, register: { retentionMonths: 12, shareDossierCodes: 'có' } },
      '“settings.register.shareDossierCodes”: phải là true hoặc false (đang là "có").',
    ],
    [{ ...DEFAULT_SETTINGS, desk: undefined }, '“settings.desk”: thiếu.'],
    [
      { ...DEFAULT_SETTINGS, desk: { name: 'Bàn 1', id: 'bàn một' } },
      '“settings.desk.id”: phải để trống hoặc là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch) (đang là "bàn một").',
    ],
    [{ ...DEFAULT_SETTINGS, desk: { name: 7, id: '' } }, '“settings.desk.name”: phải là chữ (chuỗi) (đang là 7).'],
  ])('refuses %j', (value, error) => {
    expect(errorsOf(validateSettings(value))).toContain(error);
  });

  it('checks the fields of each letter block', () => {
    const template = {
      ...DEFAULT_LETTER_TEMPLATES.condolence,
      blocks: [
        { type: 'paragraph', text: 1, align: 'middle' },
        { type: 'list', items: ['a', 2] },
      ],
    };
    const errors = errorsOf(
      validateSettings({
        ...DEFAULT_SETTINGS,
        letters: { ...DEFAULT_SETTINGS.letters, templates: { condolence: template } },
      }),
    );
    expect(errors).toEqual([
      '“settings.letters.templates.condolence.blocks[0].text”: phải là chữ (chuỗi) (đang là 1).',
      '“settings.letters.templates.condolence.blocks[0].align”: phải là một trong: “justify”, “left”, “center”, “right” (đang là "middle").',
      '“settings.letters.templates.condolence.blocks[1].items[1]”: phải là chữ (chuỗi) (đang là 2).',
    ]);
  });
});

describe('the settings of version 4', () => {
  it.each([
    [{ apologyNumberFormat: 'PXL-UBND' }, '“settings.letters.apologyNumberFormat”: phải có “{số}” ở chỗ ghi số phiếu'],
    [{ condolenceMaxDays: 0 }, '“settings.letters.condolenceMaxDays”: phải là số nguyên từ 1 đến 3650 (đang là 0).'],
    [{ marriageGift: 'có' }, '“settings.letters.marriageGift”: phải là true hoặc false (đang là "có").'],
  ])('refuses letters %j', (patch, error) => {
    const errors = errorsOf(
      validateSettings({ ...DEFAULT_SETTINGS, letters: { ...DEFAULT_SETTINGS.letters, ...patch } }),
    );
    expect(errors.join('\n')).toContain(error);
  });

  it('refuses a blank plan word and a year out of range', () => {
    const errors = errorsOf(
      validateSettings({
        ...DEFAULT_SETTINGS,
        deadline: { ...DEFAULT_SETTINGS.deadline, confirmedYears: [1900] },
        plan: { ...DEFAULT_SETTINGS.plan, fourAlways: ' ' },
      }),
    );
    expect(errors).toEqual([
      '“settings.deadline.confirmedYears[0]”: phải là số nguyên từ 2000 đến 2100 (đang là 1900).',
      '“settings.plan.fourAlways”: không được để trống.',
    ]);
  });
});

describe('validatePartialSettings', () => {
  it('accepts any sections and any fields of an object section', () => {
    expect(validatePartialSettings({ deadline: { soonWorkingDays: 3 }, office: { communeName: 'xã A' } })).toEqual({
      ok: true,
      value: { deadline: { soonWorkingDays: 3 }, office: { communeName: 'xã A' } },
    });
  });

  it('still checks what is there, and scripts stay whole', () => {
    expect(
      errorsOf(validatePartialSettings({ register: { retentionMonths: 61 }, scripts: [{ id: 'a', stage: 'any' }] })),
    ).toEqual([
      '“settings.scripts[0].title”: thiếu.',
      '“settings.scripts[0].text”: thiếu.',
      '“settings.register.retentionMonths”: phải là số nguyên từ 1 đến 60 (đang là 61).',
    ]);
  });
});
