import * as v from 'valibot';
import { selectorProblem } from '../dossier/recipes/selector';
import { RECIPE_FIELDS, type Recipe } from '../dossier/recipes/types';
import { blockTexts } from '../letters/blocks';
import { placeholdersIn, TEMPLATE_FIELDS, TEMPLATE_MODIFIERS } from '../letters/fill';
import { LETTER_KINDS } from '../letters/kinds';
import { LETTER_MODIFIERS, LETTER_NAMES } from '../letters/placeholder-names';
import type { LetterKind, LetterTemplate } from '../letters/types';
import { NUMBER_TOKEN } from '../register/apology-number';

/**
 * The settings, once: their TypeScript types (schema.ts), the check of imported files, policies and stored values
 * (validate.ts) and the policy schema Chrome shows administrators (public/managed-schema.json) all come from here.
 * Messages are Vietnamese and name the field; `withValue` adds what the field holds where that helps find it.
 */

/** A value as the error shows it: short, so a 1 MB string never floods the message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'không có';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep to write out (or not JSON at all): its kind is enough to find it.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const withValue =
  (message: string) =>
  (issue: { input: unknown }): string =>
    `${message} (đang là ${shown(issue.input)})`;

const GROUP = withValue('phải là một nhóm cài đặt (đối tượng JSON)');
const RECIPE_GROUP = withValue('phải là một nhóm (đối tượng JSON)');
const LIST = withValue('phải là một danh sách');
const STRING = withValue('phải là chữ (chuỗi)');
const BOOLEAN = withValue('phải là true hoặc false');
export const MAX_TEXT = 5000;

/** A whole number in a range; forms read the range back with `rangeOf`. */
export function integer(min: number, max: number) {
  const message = withValue(`phải là số nguyên từ ${min} đến ${max}`);
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/** Text up to `max` characters; `nonEmpty` refuses blank (spaces only) text. */
export function text(max: number = MAX_TEXT, nonEmpty = false) {
  return v.pipe(
    v.string(STRING),
    v.check((value) => !nonEmpty || value.trim() !== '', 'không được để trống'),
    v.maxLength(max, `dài quá ${max} ký tự`),
  );
}

export function oneOf<const T extends readonly string[]>(choices: T) {
  return v.picklist(choices, withValue(`phải là một trong: ${choices.map((c) => `“${c}”`).join(', ')}`));
}

const boolean = () => v.boolean(BOOLEAN);

export function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(item, LIST), v.maxLength(max, `có quá ${max} mục`));
}

type PipeItem = { type: string; requirement?: unknown; pipe?: readonly PipeItem[] };

/** The checks of a schema and of the schemas it pipes (`v.pipe(integer(1, 30), v.description(…))`). */
const checksOf = (item: PipeItem): PipeItem[] => (item.pipe ?? []).flatMap((inner) => [inner, ...checksOf(inner)]);

/** Min and max of a number or length a schema checks, for the forms that edit it. */
export function rangeOf(schema: v.GenericSchema): { min: number; max: number } {
  const checks = checksOf(schema as PipeItem);
  const find = (...types: string[]) =>
    checks.find((item) => types.includes(item.type))?.requirement as number | undefined;
  const max = find('max_value', 'max_length');
  // Without this, a schema that checks no maximum would give a range that refuses every value.
  if (max === undefined) throw new Error('rangeOf: the schema checks no maximum');
  return { min: find('min_value', 'min_length') ?? 0, max };
}

/** Items whose `id` (or `host`) repeats get an issue at that field; the list is refused. */
function unique<T extends Record<string, unknown>>(key: keyof T & string, message: (value: string) => string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<unknown>();
    dataset.value.forEach((item, i) => {
      if (seen.has(item[key])) {
        addIssue({
          message: message(String(item[key])),
          path: [
            { type: 'array', origin: 'value', input: dataset.value, key: i, value: item },
            { type: 'object', origin: 'value', input: item, key, value: item[key] },
          ],
        });
      }
      seen.add(item[key]);
    });
  });
}

const isIsoDay = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const DAY_MESSAGE = withValue('phải là ngày có thật dạng YYYY-MM-DD');
const day = v.pipe(
  v.string(DAY_MESSAGE),
  v.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, DAY_MESSAGE),
  v.check(isIsoDay, DAY_MESSAGE),
);
const MAX_DAYS = 366;

export const DEADLINE_FIELDS = {
  soonWorkingDays: v.pipe(integer(0, 10), v.description('Báo sắp đến hạn khi còn bấy nhiêu ngày làm việc')),
  extraDaysOff: list(day, MAX_DAYS),
  extraWorkingDays: list(day, MAX_DAYS),
  apologyExtraWorkingDays: v.pipe(
    integer(1, 30),
    v.description('Ngày hẹn mới trên phiếu xin lỗi: sau bấy nhiêu ngày làm việc'),
  ),
  confirmedYears: v.pipe(
    list(integer(2000, 2100), 100),
    v.description('Các năm tổ trưởng đã đối chiếu lịch nghỉ với thông báo chính thức'),
  ),
};

const SCRIPT_STAGES = ['receiving', 'supplement', 'processing', 'returning', 'overdue', 'any'] as const;
export const MAX_SCRIPTS = 200;
export const SCRIPT_ITEM_FIELDS = {
  id: text(100, true),
  stage: oneOf(SCRIPT_STAGES),
  title: text(200, true),
  text: text(MAX_TEXT, true),
  disabled: v.optional(boolean()),
};
/** A script is replaced whole, even in a policy. */
const script = v.object(SCRIPT_ITEM_FIELDS, GROUP);
const scripts = v.pipe(
  list(script, MAX_SCRIPTS),
  unique('id', (id) => `trùng mã với một lời nói khác (“${id}”)`),
);

const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
const officeText = () => text(500);
export const OFFICE_FIELDS = {
  communeName: officeText(),
  unitType: oneOf(UNIT_TYPES),
  province: officeText(),
  placeName: officeText(),
  address: officeText(),
  leaderName: officeText(),
  leaderTitle: officeText(),
  signingAuthority: officeText(),
  issuingBody: officeText(),
  oneStopUnit: officeText(),
  headName: officeText(),
  phone: officeText(),
  email: officeText(),
};

export { LETTER_KINDS };

const flags = {
  when: v.optional(text()),
  align: v.optional(oneOf(['justify', 'left', 'center', 'right'])),
  style: v.optional(oneOf(['normal', 'bold', 'italic', 'bold-italic'])),
  size: v.optional(oneOf(['small', 'body', 'large'])),
  marker: v.optional(oneOf(['dash', 'number'])),
  indent: v.optional(boolean()),
  attachment: v.optional(boolean()),
};
const optionalText = () => v.optional(text());
const texts = () => list(text(), 200);
const BLOCK_TYPES = ['heading', 'title', 'paragraph', 'list', 'signature', 'recipients', 'page-break', 'excerpt'];
/** The block with the fields its type has, and nothing else: unknown fields are dropped, never stored unchecked. */
const block = v.variant(
  'type',
  [
    v.object(
      { type: v.literal('heading'), issuingBody: text(), placeDate: optionalText(), number: optionalText(), ...flags },
      GROUP,
    ),
    v.object({ type: v.literal('title'), text: text(), subtitle: optionalText(), ...flags }, GROUP),
    v.object({ type: v.literal('paragraph'), text: text(), ...flags }, GROUP),
    v.object({ type: v.literal('list'), items: texts(), ...flags }, GROUP),
    v.object(
      {
        type: v.literal('signature'),
        authority: text(),
        title: text(),
        name: text(),
        placeDate: optionalText(),
        deputy: optionalText(),
        ...flags,
      },
      GROUP,
    ),
    v.object({ type: v.literal('recipients'), items: texts(), ...flags }, GROUP),
    v.object({ type: v.literal('page-break'), ...flags }, GROUP),
    v.object(
      {
        type: v.literal('excerpt'),
        title: text(),
        items: texts(),
        note: optionalText(),
        source: optionalText(),
        ...flags,
      },
      GROUP,
    ),
  ],
  (issue) =>
    issue.expected === 'Object' && (typeof issue.input !== 'object' || issue.input === null)
      ? GROUP(issue)
      : withValue(`phải là một trong: ${BLOCK_TYPES.map((c) => `“${c}”`).join(', ')}`)(issue),
);

type Issue = { message: string; path: ReadonlyArray<string | number> };

/** Every placeholder, `when`, `requires` entry, default and modifier of a template names a field letters fill. */
export function unknownTemplateFields(template: LetterTemplate): Issue[] {
  const issues: Issue[] = [];
  const check = (field: string, path: Array<string | number>, what: string) => {
    if (TEMPLATE_FIELDS.has(LETTER_NAMES.codeOf(field))) return;
    issues.push({
      path,
      message: `${what} “${field}” không phải trường mà thư điền được (xem danh sách chỗ điền trong trang Cài đặt)`,
    });
  };
  for (const [i, field] of template.requires.entries()) check(field, ['requires', i], 'Trường bắt buộc');
  for (const field of Object.keys(template.defaults ?? {})) check(field, ['defaults', field], 'Giá trị mặc định cho');
  template.blocks.forEach((block, i) => {
    if (block.when !== undefined) check(block.when, ['blocks', i, 'when'], 'Điều kiện');
    for (const blockText of blockTexts(block)) {
      for (const { field, modifier } of placeholdersIn(blockText)) {
        check(field, ['blocks', i], 'Chỗ điền');
        if (modifier !== undefined && !TEMPLATE_MODIFIERS.includes(modifier)) {
          const known = LETTER_MODIFIERS.map((m) => `“${m.name}”`).join(', ');
          issues.push({ path: ['blocks', i], message: `cách viết “${modifier}” không dùng được (chỉ có ${known})` });
        }
      }
    }
  });
  return issues;
}

/** A path in the shape valibot's issues carry, for checks that point inside the value they check. */
function issuePath(input: unknown, keys: ReadonlyArray<string | number>) {
  let current = input as Record<string | number, unknown>;
  return keys.map((key) => {
    const value = current?.[key];
    const item = { type: 'unknown', origin: 'value', input: current, key, value } as const;
    current = value as Record<string | number, unknown>;
    return item;
  });
}

function template(kind: LetterKind, knownFields: boolean) {
  const checked = v.pipe(
    v.object(
      {
        kind: v.literal(kind, withValue(`phải là “${kind}”`)),
        name: text(200, true),
        layout: oneOf(['letter', 'certificate']),
        requires: list(text(200), 100),
        defaults: v.optional(v.record(v.string(), text(), GROUP)),
        blocks: list(block, 200),
      },
      GROUP,
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!knownFields || !dataset.typed) return;
      for (const issue of unknownTemplateFields(dataset.value as LetterTemplate)) {
        addIssue({ message: issue.message, path: issuePath(dataset.value, issue.path) as never });
      }
    }),
  );
  return checked as unknown as v.GenericSchema<unknown, LetterTemplate>;
}

const templates = (knownFields: boolean) =>
  v.strictObject(
    Object.fromEntries(LETTER_KINDS.map((kind) => [kind, v.optional(template(kind, knownFields))])) as Record<
      LetterKind,
      v.OptionalSchema<v.GenericSchema<unknown, LetterTemplate>, undefined>
    >,
    (issue) => (issue.expected === 'never' ? `không phải loại thư đã biết (${LETTER_KINDS.join(', ')})` : GROUP(issue)),
  );

const NUMBER_FORMAT_MESSAGE = withValue(`phải có “${NUMBER_TOKEN}” ở chỗ ghi số phiếu`);
const letterFields = (knownFields: boolean) => ({
  templates: templates(knownFields),
  addressStyle: oneOf(['formal', 'familiar']),
  apologyNumberFormat: v.pipe(
    text(100, true),
    v.includes(NUMBER_TOKEN, NUMBER_FORMAT_MESSAGE),
    v.description('Số phiếu xin lỗi, {số} là số thứ tự trong năm, ví dụ {số}/PXL-UBND'),
  ),
  condolenceMaxDays: v.pipe(
    integer(1, 3650),
    v.description('Không gửi thư chia buồn khi người mất đã quá bấy nhiêu ngày'),
  ),
  marriageGift: v.pipe(boolean(), v.description('Thư chúc mừng kết hôn có dòng tặng quà')),
  familyCriteriaTitle: text(200),
  familyCriteriaText: v.pipe(text(), v.description('Tiêu chí gia đình hạnh phúc của địa phương, mỗi dòng một mục')),
});
export const LETTER_FIELDS = letterFields(true);

/** The plan's three lists, in its order ("4 xin", "4 luôn", "5 không"). */
const PLAN_LISTS = ['fourAsks', 'fourAlways', 'fiveNevers'] as const;
const planWords = () => text(2000, true);
export const PLAN_FIELDS = { fourAsks: planWords(), fourAlways: planWords(), fiveNevers: planWords() };

export const REGISTER_FIELDS = {
  retentionMonths: v.pipe(integer(1, 60), v.description('Số tháng lưu sổ theo dõi')),
  shareDossierCodes: v.pipe(
    boolean(),
    v.description('Tệp sổ theo dõi của bàn kèm mã hồ sơ (không bao giờ kèm tên công dân); mặc định không'),
  ),
};

/** A desk id as desk-identity.ts makes it (a UUID); blank until the desk first needs one. */
export const DESK_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
const DESK_NAME = v.pipe(text(100), v.description('Tên bàn, ví dụ "Bàn 1 – Hộ tịch"'));
const DESK_ID_MESSAGE = withValue('phải để trống hoặc là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch)');
const deskId = v.pipe(
  v.string(DESK_ID_MESSAGE),
  v.check((id) => id === '' || DESK_ID_PATTERN.test(id), DESK_ID_MESSAGE),
);

// Recipes: data only, labels and short selectors.
export const MAX_RECIPES = 200;
export const MAX_LABEL_LENGTH = 80;
// A host name as `location.hostname` gives it: lower case, dots and dashes, no scheme, port, path or wildcard.
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
// Labels are words printed on a page. Markup, script and template syntax never are.
const SCRIPT_LIKE = /[<>{}`]|javascript:|\bon[a-z]+\s*=|=>|\beval\s*\(|\bfunction\s*\(/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
const CONTROL = /[\u0000-\u001f\u007f]/;

const label = v.pipe(
  text(MAX_LABEL_LENGTH, true),
  v.check(
    (value) => !SCRIPT_LIKE.test(value) && !CONTROL.test(value),
    withValue('có nội dung giống mã lệnh, không phải chữ in trên trang'),
  ),
  // Codes, dates and phone numbers have digits; labels do not. This keeps a citizen's value out of a recipe.
  v.check(
    (value) => !/\d/.test(value),
    withValue('không được có chữ số: nhãn là chữ in sẵn trên trang, không phải giá trị của hồ sơ'),
  ),
  v.description('Nhãn in trên trang cạnh giá trị'),
);
const selector = v.pipe(
  v.string(STRING),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? selectorProblem(dataset.value) : null;
    if (problem) addIssue({ message: withValue(problem)({ input: dataset.value }) });
  }),
  v.transform((value) => value.trim()),
  v.description('Bộ chọn ngắn trên thuộc tính ổn định, ví dụ [name="hanTra"]; không dùng vị trí (:nth-child)'),
);

/** One locator: `label` (or `header`) and/or `selector`, nothing else. */
function locator<K extends 'label' | 'header'>(textKey: K, textSchema: typeof label) {
  return v.pipe(
    v.strictObject(
      { [textKey]: v.optional(textSchema), selector: v.optional(selector) } as Record<
        K | 'selector',
        v.OptionalSchema<typeof label, undefined>
      >,
      (issue) =>
        issue.expected === 'never'
          ? `không phải cách tìm đã biết (chỉ có “${textKey}” và “selector”)`
          : RECIPE_GROUP(issue),
    ),
    v.check((found) => Object.keys(found).length > 0, `phải có “${textKey}” hoặc “selector”`),
  );
}
const header = v.pipe(label, v.description('Chữ ở ô tiêu đề của cột')) as unknown as typeof label;
function fieldMap<K extends 'label' | 'header'>(textKey: K, textSchema: typeof label) {
  return v.optional(
    v.strictObject(
      Object.fromEntries(RECIPE_FIELDS.map((field) => [field, v.optional(locator(textKey, textSchema))])) as Record<
        (typeof RECIPE_FIELDS)[number],
        v.OptionalSchema<ReturnType<typeof locator<K>>, undefined>
      >,
      (issue) =>
        issue.expected === 'never' ? `không phải trường đọc được (${RECIPE_FIELDS.join(', ')})` : RECIPE_GROUP(issue),
    ),
    {},
  );
}
const recipe = v.pipe(
  v.strictObject(
    {
      host: v.pipe(
        v.string(
          withValue(
            'phải là tên máy chủ của cổng, chữ thường, không có “http://”, cổng hay đường dẫn (ví dụ motcua.tanphu.gov.vn)',
          ),
        ),
        v.regex(
          HOST,
          withValue(
            'phải là tên máy chủ của cổng, chữ thường, không có “http://”, cổng hay đường dẫn (ví dụ motcua.tanphu.gov.vn)',
          ),
        ),
        v.description('Tên máy chủ của cổng, chữ thường, ví dụ motcua.tanphu.gov.vn'),
      ),
      fields: fieldMap('label', label),
      columns: fieldMap('header', header),
    },
    (issue) =>
      issue.expected === 'never'
        ? 'không phải mục của cách đọc (chỉ có “host”, “fields”, “columns”)'
        : RECIPE_GROUP(issue),
  ),
  v.check(
    (found) => Object.keys(found.fields).length + Object.keys(found.columns).length > 0,
    'chưa dạy trường nào (cần ít nhất một trường trong “fields” hoặc “columns”)',
  ),
);
/** A recipe list is replaced whole, like scripts: every recipe complete, even in a policy. */
export const RECIPES = v.pipe(
  list(recipe, MAX_RECIPES),
  unique('host', (host) => `trùng cổng với một cách đọc khác (“${host}”)`),
) as unknown as v.GenericSchema<unknown, Recipe[]>;

// The desk screen.
export const MAX_SLIDES = 30;
export const MAX_PROCEDURES = 40;
/** A QR code holds a link up to this long and stays readable on a poster. */
export const MAX_URL = 1000;
const PHONE = /^[0-9+().,;/\s-]*$/;
const isWebLink = (value: string) => {
  if (value.trim() === '') return true;
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};
/** A web link citizens open from a QR code: http(s) only, so a code never opens anything else. */
const url = (nonEmpty = false) =>
  v.pipe(
    text(MAX_URL, nonEmpty),
    v.check(isWebLink, withValue('phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://)')),
  );
const phone = (description: string) =>
  v.pipe(
    text(100),
    v.regex(PHONE, withValue('chỉ gồm chữ số, dấu cách và các dấu + . - ( ) , ; /')),
    v.description(description),
  );

export const SLIDE_FIELDS = {
  id: text(100, true),
  title: text(100),
  text: v.pipe(text(1000), v.description('Lời của khẩu hiệu; để trống khi khẩu hiệu lấy một danh sách của kế hoạch')),
  // A slogan showing one of the plan's lists takes its words from the plan section; any other needs its own.
  planWords: v.optional(
    v.pipe(
      oneOf(PLAN_LISTS),
      v.description('Lấy lời “4 xin”, “4 luôn” hoặc “5 không” ở mục lời của kế hoạch (settings.plan)'),
    ),
  ),
  disabled: v.optional(boolean()),
};
/** A slogan is replaced whole, even in a policy. */
const slide = v.pipe(
  v.object(SLIDE_FIELDS, GROUP),
  v.forward(
    v.check((found) => found.planWords !== undefined || found.text.trim() !== '', 'không được để trống'),
    ['text'],
  ),
);
export const PROCEDURE_FIELDS = { name: text(300, true), url: url(true) };
const procedure = v.object(PROCEDURE_FIELDS, GROUP);

export const DESK_SCREEN_FIELDS = {
  slides: v.pipe(
    list(slide, MAX_SLIDES),
    unique('id', (id) => `trùng mã với một khẩu hiệu khác (“${id}”)`),
    v.description('Khẩu hiệu hiện lần lượt trên màn hình quầy và in trên bảng khẩu hiệu'),
  ),
  slideSeconds: v.pipe(integer(3, 600), v.description('Số giây mỗi khẩu hiệu hiện trên màn hình')),
  unitName: v.pipe(text(200, true), v.description('Tên bộ phận một cửa như người dân biết')),
  leaderName: v.pipe(text(200), v.description('Người trực đường dây nóng của lãnh đạo')),
  leaderPhone: phone('Đường dây nóng của lãnh đạo'),
  unitPhone: phone('Đường dây nóng của bộ phận một cửa (để trống: số điện thoại cơ quan)'),
  inspectionName: v.pipe(text(200), v.description('Tên tổ kiểm tra')),
  inspectionPhone: phone('Đường dây nóng của tổ kiểm tra'),
  zaloName: v.pipe(text(200), v.description('Tên Zalo OA của đơn vị')),
  zaloUrl: url(),
  lookupUrl: url(),
  procedures: list(procedure, MAX_PROCEDURES),
  showFigures: boolean(),
};

export const SETTINGS_SECTIONS = [
  'deadline',
  'scripts',
  'office',
  'letters',
  'register',
  'desk',
  'recipes',
  'plan',
  'deskScreen',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** What a value is checked as: a whole file, a policy (any sections, any fields), or the officer's stored value. */
export type SettingsUse = 'file' | 'policy' | 'stored';

const object = <T extends v.ObjectEntries>(entries: T) => v.object(entries, GROUP);

export const DESK_FIELDS = { name: DESK_NAME, id: deskId };
// A policy names a desk; its id is the browser's own, or two desks would merge in the commune report.
const POLICY_DESK_FIELDS = {
  name: DESK_NAME,
  id: v.optional(v.never(() => 'do tiện ích tự tạo trên từng máy, chính sách không đặt được')),
};

function sections<L extends v.ObjectEntries, D extends v.ObjectEntries>(letters: L, desk: D) {
  return {
    deadline: object(DEADLINE_FIELDS),
    scripts,
    office: object(OFFICE_FIELDS),
    letters: object(letters),
    register: object(REGISTER_FIELDS),
    desk: object(desk),
    recipes: RECIPES,
    plan: object(PLAN_FIELDS),
    deskScreen: object(DESK_SCREEN_FIELDS),
  };
}

/** A whole settings value, as an exported file holds it. */
export const SettingsSchema = v.object(sections(LETTER_FIELDS, DESK_FIELDS), GROUP);

/** Any sections, and within an object section any of its fields (lists stay whole). */
function partialSettings<T extends Record<SettingsSection, v.GenericSchema>>(entries: T) {
  return v.object(
    Object.fromEntries(
      Object.entries(entries).map(([key, schema]) => [
        key,
        v.optional('entries' in schema ? v.partial(schema as ReturnType<typeof object>) : schema),
      ]),
    ) as unknown as {
      [K in SettingsSection]: v.OptionalSchema<v.GenericSchema<unknown, Partial<v.InferOutput<T[K]>>>, undefined>;
    },
    GROUP,
  );
}
export const PolicySettingsSchema = partialSettings(sections(LETTER_FIELDS, POLICY_DESK_FIELDS));
// Stored settings are checked without the template field check: a team lead's half-edited template names a field
// that does not exist yet, and the letter simply lists it as missing. This browser's desk id is part of them.
export const StoredSettingsSchema = partialSettings(sections(letterFields(false), DESK_FIELDS));

/** The policy an office pushes through chrome.storage.managed. */
export const PolicySchema = v.object({
  settings: v.optional(
    v.pipe(
      PolicySettingsSchema,
      v.title('Cài đặt của cơ quan'),
      v.description(
        'Các nhóm cài đặt áp cho mọi cán bộ; nhóm nào có ở đây thì cán bộ không sửa được. Cùng dạng với phần "settings" của tệp xuất từ trang Cài đặt; trong deadline, office, letters, register, deskScreen có thể chỉ ghi một số mục (mục còn lại lấy mặc định).',
      ),
    ),
  ),
  locked: v.optional(v.array(v.picklist(SETTINGS_SECTIONS))),
});
