import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { editableTexts, isRemovable, withEditedText } from './template-edit';
import type { TemplateBlock } from './types';

describe('template editing', () => {
  it('offers the texts of titles, paragraphs, lists and excerpts, not the heading or signature', () => {
    const kinds = DEFAULT_LETTER_TEMPLATES.condolence.blocks.map((b) => [b.type, editableTexts(b).length > 0]);
    expect(kinds).toContainEqual(['heading', false]);
    expect(kinds).toContainEqual(['signature', false]);
    expect(kinds).toContainEqual(['paragraph', true]);
    expect(kinds).toContainEqual(['excerpt', true]);
  });

  it('edits a paragraph and keeps its layout', () => {
    const block: TemplateBlock = { type: 'paragraph', text: 'Cũ', indent: true, when: 'office.phone' };
    expect(withEditedText(block, 'text', 'Mới {{applicant.name}}')).toEqual({
      type: 'paragraph',
      text: 'Mới {{applicant.name}}',
      indent: true,
      when: 'office.phone',
    });
  });

  it('edits a list one item per line, dropping blank lines', () => {
    const block: TemplateBlock = { type: 'list', items: ['a'] };
    expect(withEditedText(block, 'items', ' một \n\n hai\n')).toEqual({ type: 'list', items: ['một', 'hai'] });
  });

  it('removes an optional text left blank instead of printing it empty', () => {
    const block: TemplateBlock = { type: 'excerpt', title: 'T', note: 'N', items: ['x'] };
    expect(withEditedText(block, 'note', '  ')).toEqual({ type: 'excerpt', title: 'T', items: ['x'] });
  });

  it('ignores a key the block does not have', () => {
    const block: TemplateBlock = { type: 'page-break' };
    expect(withEditedText(block, 'text', 'x')).toBe(block);
  });

  it('lets paragraphs and lists go, never the frame', () => {
    expect(isRemovable({ type: 'paragraph', text: '' })).toBe(true);
    expect(isRemovable({ type: 'signature', authority: '', title: '', name: '' })).toBe(false);
  });
});
