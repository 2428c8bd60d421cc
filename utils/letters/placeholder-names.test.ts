import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { PLACEHOLDER } from '../placeholders/names';
import { blockTexts } from './blocks';
import { FIELD_LABELS, fillTemplate, missingFields } from './fill';
import { letterValues } from './letter-values';
import { LETTER_FIELDS, LETTER_MODIFIERS, LETTER_NAMES } from './placeholder-names';
import { APOLOGY_OPTIONS, LATE, LETTERS, OFFICE } from './test-fixtures';
import type { LetterTemplate } from './types';

/** A template with every name turned Vietnamese: texts, `requires`, `when` and `defaults`' keys. */
function inVietnamese(template: LetterTemplate): LetterTemplate {
  const name = (code: string) => LETTER_FIELDS.find((f) => f.code === code)?.name ?? code;
  return JSON.parse(JSON.stringify(template), (key, value) => {
    if (key === 'requires') return (value as string[]).map(name);
    if (key === 'when') return name(value as string);
    if (key === 'defaults') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [name(k), v]));
    return typeof value === 'string' ? LETTER_NAMES.toVietnamese(value) : value;
  });
}

describe('Vietnamese placeholder names', () => {
  it('name every field a letter can be told it lacks, and every field letterValues gives', () => {
    const codes = LETTER_FIELDS.map((f) => f.code).sort();
    expect(codes).toEqual(Object.keys(FIELD_LABELS).sort());
    for (const [, dossier, options] of LETTERS) {
      for (const field of Object.keys(letterValues(dossier, OFFICE, options))) expect(codes).toContain(field);
    }
  });

  it.each(Object.values(DEFAULT_LETTER_TEMPLATES).map((t) => [t.kind, t] as const))(
    '%s: every field the default template names has a Vietnamese name (texts, requires, when, defaults)',
    (_, template) => {
      const fields = new Set([...template.requires, ...Object.keys(template.defaults ?? {})]);
      for (const block of template.blocks) {
        if (block.when !== undefined) fields.add(block.when);
        for (const text of blockTexts(block)) {
          for (const match of text.matchAll(PLACEHOLDER)) fields.add(match[1]?.split('|')[0] ?? '');
        }
      }
      const unnamed = [...fields].filter((code) => !LETTER_FIELDS.some((f) => f.code === code));
      expect(unnamed).toEqual([]);
    },
  );

  it('are unique, and never clash with a code name', () => {
    const all = [...LETTER_FIELDS, ...LETTER_MODIFIERS];
    const names = all.map((f) => f.name.toLocaleLowerCase('vi'));
    expect(new Set(names).size).toBe(names.length);
    for (const entry of all) expect(entry.name).not.toMatch(/[{}|]/);
  });

  it.each(LETTERS)(
    '%s: the default template in old names and in Vietnamese names fills the same letter',
    (kind, dossier, options) => {
      const template = DEFAULT_LETTER_TEMPLATES[kind];
      const vietnamese = inVietnamese(template);
      // The conversion did something: no code name is left in the texts.
      const blocks = JSON.stringify(vietnamese.blocks);
      for (const match of blocks.matchAll(PLACEHOLDER)) {
        expect(LETTER_FIELDS.some((f) => f.code === match[1]?.split('|')[0])).toBe(false);
      }
      const values = letterValues(dossier, OFFICE, options);
      expect(fillTemplate(vietnamese, values)).toEqual(fillTemplate(template, values));
      // And back: the editor stores code names, so a settings file reads the same in every version.
      const texts = (t: LetterTemplate) =>
        JSON.stringify(t.blocks, (key, value) => (key === 'when' ? undefined : value));
      expect(LETTER_NAMES.toCode(texts(vietnamese))).toBe(texts(template));
    },
  );

  it('report a missing field the same way by either name', () => {
    const template = DEFAULT_LETTER_TEMPLATES.apology;
    const values = letterValues(LATE, OFFICE, { ...APOLOGY_OPTIONS, reason: undefined });
    expect(missingFields(inVietnamese(template), values)).toEqual(missingFields(template, values));
    expect(missingFields(template, values).map((m) => m.label)).toContain('Lý do trễ hẹn');
  });

  it('fill modifiers by their Vietnamese names, mixed with old names', () => {
    const template: LetterTemplate = {
      kind: 'thank-you',
      name: 'Thử',
      layout: 'letter',
      requires: ['Tên xã/phường'],
      blocks: [
        { type: 'paragraph', text: 'UBND {{Tên xã/phường|in hoa}}: {{Xưng hô|viết hoa chữ đầu}} {{applicant.name}}' },
      ],
    };
    const filled = fillTemplate(template, letterValues(LATE, OFFICE, APOLOGY_OPTIONS));
    expect(filled.blocks).toEqual([{ type: 'paragraph', text: 'UBND XÃ TÂN PHÚ: Bà Nguyễn Thị Hương' }]);
  });
});
