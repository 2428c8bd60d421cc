/**
 * The only selectors a recipe may hold: one or two compounds of a tag, ids, classes and attributes, e.g.
 * `span#hen-tra`, `[formcontrolname="appointmentDate"]`, `td.c-so input`. No pseudo-classes, no positions, no lists:
 * a position (`:nth-child`, long `>` chains) breaks the day a portal adds a row, and a recipe is data, not a program.
 * Checked by a small grammar rather than by `querySelector`, so files are checked the same with or without a DOM.
 */

export const MAX_SELECTOR_LENGTH = 120;
const MAX_ATTRIBUTE_VALUE = 80;

const TAG = /^[a-z][a-z0-9-]*/i;
const IDENT = /^-?[_a-z][_a-z0-9-]*/i;
const ATTRIBUTE_NAME = /^[a-z_][a-z0-9_.:-]*/i;
// Attribute values are plain words: no quotes, backslashes, angle brackets or line breaks to escape from.
const ATTRIBUTE_VALUE = /^[^"\\<>\n\r]*/;
const POSITIONAL = /:(?:nth-|first-|last-|only-)|:(?:eq|gt|lt)\(/i;
const SCRIPT_LIKE = /javascript:|<\s*script|\bon[a-z]+\s*=/i;

interface Compound {
  tag: boolean;
  anchors: number;
}

/** Reads one compound at `text[start]`; the index after it, or -1 when the text there is not in the grammar. */
function readCompound(text: string, start: number, into: Compound[]): number {
  let i = start;
  const compound: Compound = { tag: false, anchors: 0 };
  const tag = TAG.exec(text.slice(i));
  if (tag) {
    compound.tag = true;
    i += tag[0].length;
  }
  while (i < text.length) {
    const char = text[i];
    if (char === '#' || char === '.') {
      const ident = IDENT.exec(text.slice(i + 1));
      if (!ident) return -1;
      i += 1 + ident[0].length;
    } else if (char === '[') {
      const name = ATTRIBUTE_NAME.exec(text.slice(i + 1));
      if (!name) return -1;
      i += 1 + name[0].length;
      if (text.startsWith('="', i)) {
        const value = ATTRIBUTE_VALUE.exec(text.slice(i + 2))?.[0] ?? '';
        if (value.length > MAX_ATTRIBUTE_VALUE || text[i + 2 + value.length] !== '"') return -1;
        i += 2 + value.length + 1;
      }
      if (text[i] !== ']') return -1;
      i += 1;
    } else break;
    compound.anchors += 1;
  }
  if (!compound.tag && compound.anchors === 0) return -1;
  into.push(compound);
  return i;
}

/** Why a selector may not be in a recipe, in Vietnamese; null when it may. */
export function selectorProblem(selector: string): string | null {
  const text = selector.trim();
  if (text === '') return 'không được để trống';
  if (text.length > MAX_SELECTOR_LENGTH) return `dài quá ${MAX_SELECTOR_LENGTH} ký tự`;
  if (SCRIPT_LIKE.test(text)) return 'có nội dung giống mã lệnh, không phải cách tìm trên trang';
  const positional = 'là đường dẫn theo vị trí (như :nth-child hay một chuỗi “>” dài), sẽ sai khi cổng thêm một dòng';
  if (POSITIONAL.test(text)) return positional;
  const compounds: Compound[] = [];
  let i = 0;
  while (i < text.length) {
    i = readCompound(text, i, compounds);
    if (i < 0) break;
    const combinator = /^\s*>\s*|^\s+/.exec(text.slice(i));
    if (!combinator || i + combinator[0].length >= text.length) break;
    i += combinator[0].length;
  }
  if (i !== text.length)
    return 'không phải bộ chọn CSS được phép (chỉ gồm thẻ, #mã, .lớp, [thuộc tính="giá trị"], tối đa hai phần)';
  if (compounds.length > 2) return positional;
  if ((compounds[0]?.anchors ?? 0) === 0)
    return 'chỉ có tên thẻ, không đủ để tìm lại (cần mã, lớp hoặc thuộc tính ổn định)';
  return null;
}

/** The selector text for `tag[name="value"]`, or undefined when the value cannot be written in the grammar. */
export function attributeSelector(tag: string, name: string, value: string): string | undefined {
  const selector = `${tag}[${name}="${value}"]`;
  return selectorProblem(selector) === null ? selector : undefined;
}

/** An id or class name that can be written as `#name` / `.name` in the grammar. */
export const isPlainIdent = (name: string): boolean => IDENT.exec(name)?.[0] === name;
