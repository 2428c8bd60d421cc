import { toJsonSchema } from '@valibot/to-json-schema';
import { SECTION_LABEL } from './section-labels';
import { PolicySchema, type SettingsSection } from './settings-schema';

/**
 * public/managed-schema.json as the build writes it (wxt.config.ts): the policy schema of settings-schema.ts in the
 * subset Chrome's policy schemas take. One type per schema, so a letter block's variants merge into one object;
 * checks JSON Schema cannot say (real dates, placeholders, selectors) stay with the extension, which reports them
 * on the options page. Build-time only: @valibot/to-json-schema never ships.
 */
type Node = Record<string, unknown>;

/**
 * What each section holds, as an administrator reads it beside the section's name (its title). Written here, not in
 * settings-schema.ts: only the policy schema shows these words, so the package carries them once, in that file, and
 * not again in each script that checks settings (it is near its 1.5 MB budget).
 */
const SECTION_DESCRIPTION: Readonly<Record<SettingsSection, string>> = {
  deadline:
    'Khi nào hồ sơ được báo sắp đến hạn, ngày nghỉ và ngày làm bù ngoài lịch nghỉ lễ, ngày hẹn mới trên phiếu xin lỗi, các năm đã đối chiếu lịch nghỉ với thông báo chính thức.',
  scripts:
    'Lời nói mẫu với người dân theo từng bước (tiếp nhận, bổ sung, xử lý, trễ hẹn, trả kết quả), theo thứ tự thanh bên hiện. Mỗi mục có mã, bước, tiêu đề và lời; danh sách được thay cả khối.',
  office:
    'Tên xã, phường, tỉnh, địa danh, cơ quan ban hành, bộ phận một cửa, người ký và chức vụ, điện thoại, thư điện tử: in trên thư và phiếu.',
  letters:
    'Mẫu thư tổ trưởng đã sửa (theo loại thư), cách xưng hô, số phiếu xin lỗi, thời hạn gửi thư chia buồn, dòng tặng quà và tiêu chí gia đình hạnh phúc của địa phương.',
  register:
    'Số tháng lưu sổ theo dõi (thư đã in, hồ sơ đã xem), và tệp sổ của bàn gửi báo cáo xã có kèm mã hồ sơ hay không.',
  desk: 'Tên bàn của máy trong báo cáo của xã (chỉ "name"); mã bàn do tiện ích tự tạo trên từng máy.',
  recipes:
    'Mỗi mục là cách đọc một cổng (theo tên máy chủ): trường nào tìm theo nhãn hay bộ chọn nào. Chỉ là dữ liệu, không chứa thông tin công dân. Cùng dạng với phần "recipes" của tệp xuất; danh sách được thay cả khối.',
  plan: 'Lời của kế hoạch, nguyên văn: hiện ở thanh bên, trên màn hình quầy và bảng khẩu hiệu.',
  deskScreen:
    'Khẩu hiệu hiện lần lượt, đường dây nóng, Zalo và trang tra cứu (in thành mã QR), thủ tục niêm yết, và có hiện số liệu của bàn hay không.',
};

const capitalised = (label: string) => label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);

const KEPT = [
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
];

function chrome(node: Node): Node | undefined {
  const options = node.anyOf ?? node.oneOf;
  if (Array.isArray(options)) return merge(options.map((option) => chrome(option as Node)).filter(isNode));
  const out: Node = {};
  if (node.const !== undefined) out.enum = [node.const];
  for (const key of KEPT) {
    const value = node[key];
    if (value === undefined) continue;
    if (key === 'properties') {
      const properties = Object.entries(value as Record<string, Node>).flatMap(([name, child]) => {
        const converted = chrome(child);
        return converted ? [[name, converted] as const] : [];
      });
      out.properties = Object.fromEntries(properties);
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = chrome(value as Node);
    } else if (key === 'pattern' && String(value).includes('(?')) {
      // Chrome matches patterns with RE2, which has no look-ahead: the extension checks those itself.
    } else if (key !== 'additionalProperties') {
      out[key] = value;
    }
  }
  if (out.enum && !out.type) out.type = typeof (out.enum as unknown[])[0];
  // A field a policy may never set (the desk id) has no type: it is left out.
  return typeof out.type === 'string' ? out : undefined;
}

const isNode = (value: Node | undefined): value is Node => value !== undefined;

/** Variants of one object (letter blocks by `type`) as one object holding every variant's fields. */
function merge(options: Node[]): Node | undefined {
  if (options.length === 0 || options.some((option) => option.type !== 'object')) return options[0];
  const properties: Record<string, Node> = {};
  for (const option of options) {
    for (const [name, child] of Object.entries(option.properties as Record<string, Node>)) {
      const known = properties[name];
      properties[name] =
        known?.enum && child.enum
          ? { ...known, enum: [...new Set([...(known.enum as []), ...(child.enum as [])])] }
          : (known ?? child);
    }
  }
  return { type: 'object', properties };
}

// A subtree this long that appears more than once (a letter's blocks, in each of five letters; how a recipe finds a
// field, for each of six fields) is written once.
const SHARED_MIN_LENGTH = 200;

/**
 * Repeated subtrees written once: the first keeps an `id`, the others become `$ref`s to it (Chrome's policy schemas
 * resolve `$ref` against `id`s anywhere in the schema). The package ships this file; the letters' block schema alone
 * was five copies of the same 870 characters.
 */
function shareRepeats(root: Node): Node {
  // A schema, not a map of properties (whose own field may be called "type").
  const isSchema = (node: object): node is Node => !Array.isArray(node) && typeof (node as Node).type === 'string';
  const counts = new Map<string, number>();
  const count = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (isSchema(node)) {
      const key = JSON.stringify(node);
      if (key.length >= SHARED_MIN_LENGTH) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const child of Object.values(node)) count(child);
  };
  count(root);
  const ids = new Map<string, string>();
  const written = new Set<string>();
  const rewrite = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(rewrite);
    const key = JSON.stringify(node);
    if (isSchema(node) && (counts.get(key) ?? 0) > 1) {
      if (written.has(key)) return { $ref: ids.get(key) };
      const id = `shared-${ids.size + 1}`;
      ids.set(key, id);
      written.add(key);
      return { id, ...(Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v)])) as Node) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v)]));
  };
  return rewrite(root) as Node;
}

/** Each section of `settings` titled with the name officers know it by, and described. */
function describeSections(schema: Node): void {
  const settings = (schema.properties as Record<string, Node> | undefined)?.settings;
  const sections = settings?.properties as Record<SettingsSection, Node> | undefined;
  for (const [section, description] of Object.entries(SECTION_DESCRIPTION) as [SettingsSection, string][]) {
    const node = sections?.[section];
    if (!node) throw new Error(`The policy schema has no section ${section}`);
    Object.assign(node, { title: capitalised(SECTION_LABEL[section]), description });
  }
}

export function managedJsonSchema(): Node {
  const schema = chrome(toJsonSchema(PolicySchema, { errorMode: 'ignore' }) as Node);
  if (!schema) throw new Error('The policy schema has no object at its top');
  describeSections(schema);
  return shareRepeats(schema);
}
