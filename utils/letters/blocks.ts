import type { LetterBlock } from './types';

/** Every string a block prints, in order (optional ones as ''). */
export function blockTexts(block: LetterBlock): string[] {
  switch (block.type) {
    case 'heading':
      return [block.issuingBody, block.placeDate ?? '', block.number ?? ''];
    case 'title':
      return [block.text, block.subtitle ?? ''];
    case 'paragraph':
      return [block.text];
    case 'list':
    case 'recipients':
      return block.items;
    case 'signature':
      return [block.authority, block.deputy ?? '', block.title, block.name, block.placeDate ?? ''];
    case 'page-break':
      return [];
    case 'excerpt':
      return [block.title, block.note ?? '', ...block.items, block.source ?? ''];
    case 'table':
      return [block.caption ?? '', ...block.columns.map((c) => c.header), ...block.rows.flat()];
  }
}

/** The same block with every string it prints passed through `map` (filling, normalising). */
export function mapBlockTexts<B extends LetterBlock>(block: B, map: (text: string) => string): B;
export function mapBlockTexts(block: LetterBlock, map: (text: string) => string): LetterBlock {
  const optional = (text: string | undefined) => (text === undefined ? undefined : map(text));
  switch (block.type) {
    case 'heading':
      return {
        ...block,
        issuingBody: map(block.issuingBody),
        placeDate: optional(block.placeDate),
        number: optional(block.number),
      };
    case 'title':
      return { ...block, text: map(block.text), subtitle: optional(block.subtitle) };
    case 'paragraph':
      return { ...block, text: map(block.text) };
    case 'list':
    case 'recipients':
      return { ...block, items: block.items.map(map) };
    case 'signature':
      return {
        ...block,
        authority: map(block.authority),
        deputy: optional(block.deputy),
        title: map(block.title),
        name: map(block.name),
        placeDate: optional(block.placeDate),
      };
    case 'page-break':
      return block;
    case 'excerpt':
      return {
        ...block,
        title: map(block.title),
        note: optional(block.note),
        items: block.items.map(map),
        source: optional(block.source),
      };
    case 'table':
      return {
        ...block,
        caption: optional(block.caption),
        columns: block.columns.map((column) => ({ ...column, header: map(column.header) })),
        rows: block.rows.map((row) => row.map(map)),
      };
  }
}
