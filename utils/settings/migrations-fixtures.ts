/**
 * Tests only: one team lead's settings (xã Tân Phú) as each version stored them, typed by the frozen shapes so that
 * a fixture that strays from its version fails the type check. Each builds on what the step before made, with the
 * choices the team lead made under that version.
 */
import type { ScriptV1, SettingsV1 } from './frozen/v1';
import { type LetterTemplateV2, type SettingsV2, type TemplateBlockV2, V2_DEFAULTS } from './frozen/v2';
import { type RecipeV3, type SettingsV3, V3_DEFAULTS } from './frozen/v3';
import type { SettingsV4 } from './frozen/v4';
import type { SettingsV6 } from './frozen/v6';

/** A shipped script the team lead rewrote: version 4 keeps it. */
export const EDITED_SCRIPT: ScriptV1 = {
  id: 'processing-update',
  stage: 'processing',
  title: 'Báo tiến độ',
  text: 'Hồ sơ {{code}} đang được cán bộ xử lý; xã hẹn {{honorific}} ngày {{dueDate}}.',
};

/** A script of the team lead's own. */
export const OWN_SCRIPT: ScriptV1 = {
  id: 'custom-1',
  stage: 'any',
  title: 'Tạm biệt',
  text: 'Chào tạm biệt {{honorific}}, chúc {{honorific}} một ngày tốt lành.',
};

/** The team lead's choices on a list of shipped scripts: one rewritten, "any-thanks" switched off. */
export const withScriptEdits = (scripts: readonly ScriptV1[]): ScriptV1[] =>
  scripts.map((script) =>
    script.id === EDITED_SCRIPT.id
      ? EDITED_SCRIPT
      : script.id === 'any-thanks'
        ? { ...script, disabled: true }
        : script,
  );

export const STORED_V1: SettingsV1 = {
  deadline: {
    soonWorkingDays: 3,
    extraDaysOff: ['2026-12-24'],
    extraWorkingDays: ['2026-12-26'],
    apologyExtraWorkingDays: 3,
  },
  scripts: [...withScriptEdits(V3_DEFAULTS.scripts), OWN_SCRIPT],
};

/** A paragraph the team lead wrote into the condolence letter, in place of the sixth shipped block. */
export const OWN_PARAGRAPH: TemplateBlockV2 = {
  type: 'paragraph',
  text: 'Ủy ban nhân dân {{office.communeName}} sẽ cử cán bộ đến viếng và tiễn đưa {{deceased.honorific}}.',
  indent: true,
};
export const OWN_PARAGRAPH_INDEX = 5;

const shippedTemplate = (kind: LetterTemplateV2['kind'], name: string, requires: string[]): LetterTemplateV2 => ({
  kind,
  name,
  layout: 'letter',
  requires,
  blocks: V3_DEFAULTS.templateBlocks[kind],
});

export const STORED_V2: SettingsV2 = {
  ...STORED_V1,
  office: {
    ...V2_DEFAULTS.office,
    communeName: 'xã Tân Phú',
    province: 'tỉnh Đồng Nai',
    placeName: 'Tân Phú',
    leaderName: 'Nguyễn Văn Bình',
    phone: '0251 3861 234',
  },
  letters: {
    templates: {
      // Opened in the editor and saved unchanged: version 4 drops it, so the new default applies.
      'birth-congratulation': shippedTemplate('birth-congratulation', 'Thư chúc mừng khai sinh', ['child.name']),
      condolence: {
        ...shippedTemplate('condolence', 'Thư chia buồn', ['deceased.name']),
        blocks: V3_DEFAULTS.templateBlocks.condolence.with(OWN_PARAGRAPH_INDEX, OWN_PARAGRAPH),
      },
    },
    addressStyle: 'familiar',
  },
  register: { retentionMonths: 6 },
};

export const RECIPE: RecipeV3 = {
  host: 'motcua.tanphu.gov.vn',
  fields: { code: { label: 'Số tiếp nhận' }, dueAt: { selector: '[name="hanTra"]' } },
  columns: { code: { header: 'Mã hồ sơ' } },
};

export const STORED_V3: SettingsV3 = { ...STORED_V2, recipes: [RECIPE] };

export const STORED_V4: SettingsV4 = {
  ...STORED_V3,
  deadline: { ...STORED_V3.deadline, confirmedYears: [2026] },
  office: { ...STORED_V3.office, oneStopUnit: 'Bộ phận Một cửa xã Tân Phú', headName: 'Nguyễn Văn Bình' },
  letters: {
    templates: {},
    addressStyle: 'familiar',
    apologyNumberFormat: '{số}/PXL-UBND',
    condolenceMaxDays: 30,
    marriageGift: true,
    familyCriteriaTitle: '',
    familyCriteriaText: '',
  },
  scripts: [OWN_SCRIPT],
  plan: {
    fourAsks: 'Xin chào, xin lỗi, xin cảm ơn, xin phép.',
    fourAlways: 'Luôn mỉm cười, luôn lắng nghe, luôn giúp đỡ, luôn đúng hẹn.',
    fiveNevers: 'Không gây phiền hà; không vô cảm; không tham nhũng; không gian dối; không lợi dụng chức vụ.',
  },
};

export const STORED_V6: SettingsV6 = {
  ...STORED_V4,
  register: { retentionMonths: 6, shareDossierCodes: true },
  desk: { name: 'Bàn 1 – Hộ tịch', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' },
};
