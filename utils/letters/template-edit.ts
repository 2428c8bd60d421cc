import type { TemplateBlock } from './types';

/** One string of a block that a team lead may reword; lists are edited one item per line. */
export interface EditableText {
  key: string;
  label: string;
  value: string;
  list?: boolean;
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The texts of a block a team lead may edit. The heading and signature come from the office profile instead. */
export function editableTexts(block: TemplateBlock): EditableText[] {
  switch (block.type) {
    case 'title':
      return [
        { key: 'text', label: 'Tiêu đề', value: block.text },
        { key: 'subtitle', label: 'Dòng dưới tiêu đề (không bắt buộc)', value: block.subtitle ?? '' },
      ];
    case 'paragraph':
      return [{ key: 'text', label: 'Đoạn văn', value: block.text }];
    case 'list':
      return [{ key: 'items', label: 'Danh sách (mỗi dòng một mục)', value: block.items.join('\n'), list: true }];
    case 'recipients':
      return [{ key: 'items', label: 'Nơi nhận (mỗi dòng một nơi)', value: block.items.join('\n'), list: true }];
    case 'excerpt':
      return [
        { key: 'title', label: 'Tên phần trích', value: block.title },
        { key: 'note', label: 'Lời dẫn (không bắt buộc)', value: block.note ?? '' },
        { key: 'items', label: 'Nội dung (mỗi dòng một mục)', value: block.items.join('\n'), list: true },
        { key: 'source', label: 'Nguồn (không bắt buộc)', value: block.source ?? '' },
      ];
    default:
      return [];
  }
}

const OPTIONAL = new Set(['subtitle', 'note', 'source']);

/** The block with one text replaced; an optional text left blank is removed rather than printed empty. */
export function withEditedText(block: TemplateBlock, key: string, value: string): TemplateBlock {
  const field = editableTexts(block).find((text) => text.key === key);
  if (!field) return block;
  if (field.list) return { ...block, [key]: lines(value) } as TemplateBlock;
  if (OPTIONAL.has(key) && value.trim() === '') {
    const { [key as 'note']: _removed, ...rest } = block as TemplateBlock & Record<string, unknown>;
    return rest as TemplateBlock;
  }
  return { ...block, [key]: value } as TemplateBlock;
}

/** Paragraphs may be added and removed; the letter's frame (heading, title, signature) stays. */
export const isRemovable = (block: TemplateBlock) => block.type === 'paragraph' || block.type === 'list';
