import { blockTexts, mapBlockTexts } from './blocks';
import { capitalise } from './honorific';
import type { FilledLetter, LetterBlock, LetterTemplate, TemplateBlock } from './types';

/** Field values by placeholder path (`applicant.name`, `spouses.0.name`…); absent or blank means missing. */
export type FieldValues = Readonly<Record<string, string | undefined>>;

/** How the officer is told about each field that is missing. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  'office.communeName': 'Tên xã/phường của cơ quan',
  'office.issuingBody': 'Tên xã/phường của cơ quan',
  'office.unitType': 'Loại đơn vị hành chính (xã, phường, đặc khu)',
  'office.province': 'Tỉnh/thành phố của cơ quan',
  'office.placeName': 'Địa danh ghi ở dòng ngày tháng',
  'office.address': 'Địa chỉ cơ quan',
  'office.leaderName': 'Họ tên người ký',
  'office.leaderTitle': 'Chức vụ người ký',
  'office.signingAuthority': 'Dòng thẩm quyền ký (TM. …)',
  'office.signingDeputy': 'Dòng “KT. …” khi cấp phó ký thay',
  'office.headName': 'Họ tên Chủ tịch (người đứng đầu ký phiếu xin lỗi)',
  'office.headTitle': 'Chức vụ người đứng đầu',
  'office.oneStopUnit': 'Tên bộ phận một cửa',
  'office.phone': 'Số điện thoại cơ quan',
  'office.email': 'Thư điện tử của cơ quan',
  'letter.date': 'Ngày ghi trên thư',
  'letter.placeDate': 'Địa danh ghi ở dòng ngày tháng',
  'letter.number': 'Số phiếu (cấp khi in)',
  'letter.gift': 'Có quà tặng kèm thư',
  'criteria.title': 'Tên bộ tiêu chí gia đình hạnh phúc',
  'criteria.items': 'Nội dung tiêu chí gia đình hạnh phúc',
  'criteria.source': 'Nguồn của tiêu chí gia đình hạnh phúc',
  'applicant.name': 'Họ tên người nộp hồ sơ',
  'applicant.honorific': 'Giới tính người nộp hồ sơ (để xưng ông hay bà)',
  'dossier.code': 'Mã hồ sơ',
  'dossier.procedureName': 'Tên thủ tục',
  'dossier.receivedAt': 'Ngày tiếp nhận hồ sơ',
  'dossier.dueAt': 'Ngày hẹn trả kết quả',
  'registration.date': 'Ngày đăng ký kết hôn (hồ sơ còn đang xử lý: nhập ngày dự kiến)',
  'child.name': 'Họ tên của trẻ',
  'child.birthDate': 'Ngày sinh của trẻ',
  'spouses.0.name': 'Họ tên bên kết hôn thứ nhất',
  'spouses.1.name': 'Họ tên bên kết hôn thứ hai',
  couple: 'Họ tên hai bên kết hôn',
  'couple.family': 'Họ tên hai bên kết hôn',
  'deceased.name': 'Họ tên người đã mất',
  'deceased.honorific': 'Giới tính người đã mất (để xưng ông hay bà)',
  'deceased.deathDate': 'Ngày mất',
  reason: 'Lý do trễ hẹn',
  newReturnDate: 'Ngày hẹn trả kết quả mới',
  legalBasis: 'Căn cứ pháp lý',
  'residence.legalBasis': 'Căn cứ pháp lý về xóa đăng ký thường trú',
  'funeral.legalBasis': 'Căn cứ pháp lý về trợ cấp mai táng',
  'recipient.name': 'Tên người hoặc tổ chức được cảm ơn',
  'recipient.title': 'Xưng hô với người được cảm ơn (ông, bà, anh, chị)',
  'recipient.you': 'Xưng hô với người được cảm ơn (ông, bà, anh, chị)',
  'recipient.reason': 'Lý do cảm ơn',
  'recipient.wish': 'Lời chúc cho người hoặc tổ chức được cảm ơn',
};

export interface MissingField {
  field: string;
  label: string;
}

/** A letter cannot be printed: it lists, in Vietnamese, every field still to fill in. */
export class MissingFieldsError extends Error {
  readonly missing: readonly MissingField[];

  constructor(missing: readonly MissingField[]) {
    super(`Thiếu thông tin để in thư: ${[...new Set(missing.map((m) => m.label))].join('; ')}.`);
    this.name = 'MissingFieldsError';
    this.missing = missing;
  }
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

const MODIFIERS: Readonly<Record<string, (value: string) => string>> = {
  upper: (value) => value.toLocaleUpperCase('vi'),
  capitalise,
};

interface Placeholder {
  field: string;
  modifier?: string;
}

function parsePlaceholder(inside: string): Placeholder {
  const [field = '', modifier] = inside.split('|').map((part) => part.trim());
  return { field, modifier };
}

/**
 * NFC and single spaces: decomposed text would draw its diacritics in the wrong place. A line break is kept (a
 * heading's two lines, a pasted list); blank lines are dropped.
 */
export const cleanText = (text: string): string =>
  text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** One line: a phrase set inside a sentence never breaks it. */
export const oneLine = (text: string): string => cleanText(text).replaceAll('\n', ' ');

function fieldValue(values: FieldValues, field: string): string | undefined {
  const value = values[field];
  const clean = value === undefined ? '' : cleanText(value);
  return clean === '' ? undefined : clean;
}

function labelOf(field: string): string {
  return FIELD_LABELS[field] ?? `Trường “${field}” (không có trong dữ liệu)`;
}

/** The template's own values (a legal reference, say) fill only what the caller left blank. */
function withDefaults(template: LetterTemplate, values: FieldValues): FieldValues {
  const merged: Record<string, string | undefined> = { ...values };
  for (const [field, value] of Object.entries(template.defaults ?? {})) {
    if (fieldValue(values, field) === undefined) merged[field] = value;
  }
  return merged;
}

/**
 * Lines a block prints only when they have something to say: the number line of a letter that has none, the "KT."
 * line of a signature when the signer is the head. Left out, not reported, when a placeholder in them is blank;
 * a template that must have one names its field in `requires`.
 */
const OPTIONAL_TEXTS: Partial<Record<TemplateBlock['type'], readonly string[]>> = {
  heading: ['number'],
  signature: ['deputy'],
};

const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => parsePlaceholder(m[1] ?? '').field);

/** The block without its optional lines that would print a blank. */
function withoutBlankLines(block: TemplateBlock, values: FieldValues): TemplateBlock {
  const optional = OPTIONAL_TEXTS[block.type];
  if (!optional) return block;
  const kept: Record<string, unknown> = { ...block };
  for (const key of optional) {
    const text = kept[key];
    if (typeof text === 'string' && placeholdersOf(text).some((field) => fieldValue(values, field) === undefined)) {
      delete kept[key];
    }
  }
  return kept as TemplateBlock;
}

const shownBlocks = (template: LetterTemplate, values: FieldValues): TemplateBlock[] =>
  template.blocks
    .filter((block) => block.when === undefined || fieldValue(values, block.when) !== undefined)
    .map((block) => withoutBlankLines(block, values));

/**
 * Fields made from another one (how to address a person is made from their name and gender): when the source is
 * missing too, the officer is asked for the source only.
 */
const SOURCE_OF: Readonly<Record<string, string>> = {
  'applicant.honorific': 'applicant.name',
  'deceased.honorific': 'deceased.name',
  'recipient.title': 'recipient.name',
  'recipient.you': 'recipient.name',
  'recipient.wish': 'recipient.name',
  'office.oneStopUnit': 'office.communeName',
  'office.headName': 'office.leaderName',
  'criteria.source': 'office.communeName',
};

/** What the letter needs and lacks, once per label, in the order first met; empty when it can be printed. */
export function missingFields(template: LetterTemplate, values: FieldValues): MissingField[] {
  const all = withDefaults(template, values);
  const missing = new Map<string, MissingField>();
  // Keyed by label: two fields asked the same way are one question to the officer.
  const report = (field: string, label = labelOf(field)) => {
    const source = SOURCE_OF[field];
    if (source !== undefined && fieldValue(all, source) === undefined) {
      report(source);
      return;
    }
    if (!missing.has(label)) missing.set(label, { field, label });
  };
  for (const field of template.requires) if (fieldValue(all, field) === undefined) report(field);
  for (const block of shownBlocks(template, all)) {
    for (const text of blockTexts(block)) {
      for (const match of text.matchAll(PLACEHOLDER)) {
        const { field, modifier } = parsePlaceholder(match[1] ?? '');
        if (fieldValue(all, field) === undefined) report(field);
        else if (modifier !== undefined && !(modifier in MODIFIERS)) {
          report(`${field}|${modifier}`, `Cách viết “${modifier}” không dùng được (trường “${field}”)`);
        }
      }
      // A brace left over after the placeholders would print as is.
      if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) {
        const near = text.replace(/[{}]/g, '').slice(0, 40);
        report(text, `Mẫu thư có chỗ điền viết sai, gần “${near}…”`);
      }
    }
  }
  return [...missing.values()];
}

/** A list filled with a value of several lines (a pasted text) has one item per line. */
function oneItemPerLine(block: LetterBlock): LetterBlock {
  if (block.type !== 'list' && block.type !== 'excerpt') return block;
  return { ...block, items: block.items.flatMap((item) => item.split('\n')) };
}

/** The template's blocks with every placeholder filled, in NFC; a MissingFieldsError if anything is missing. */
export function fillTemplate(template: LetterTemplate, values: FieldValues): FilledLetter {
  const missing = missingFields(template, values);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  const all = withDefaults(template, values);
  const fill = (text: string) =>
    cleanText(
      text.replace(PLACEHOLDER, (_, inside: string) => {
        const { field, modifier } = parsePlaceholder(inside);
        const value = fieldValue(all, field) ?? '';
        return modifier === undefined ? value : (MODIFIERS[modifier]?.(value) ?? value);
      }),
    );
  const blocks = shownBlocks(template, all).map(({ when: _when, ...block }) =>
    oneItemPerLine(mapBlockTexts(block, fill)),
  );
  return { kind: template.kind, name: template.name, layout: template.layout, blocks };
}
