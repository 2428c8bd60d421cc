import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import type { Dossier } from '../dossier/types';
import { PLACEHOLDER } from '../placeholders/names';
import { addScript, moveScript, removeScript, updateScript } from './edit-scripts';
import { personalise } from './personalise';
import { SCRIPT_FIELDS, SCRIPT_NAMES, SCRIPT_PLACEHOLDERS, unknownPlaceholders } from './placeholders';
import type { CourtesyScript } from './types';

const script = (id: string, stage: CourtesyScript['stage']): CourtesyScript => ({ id, stage, title: id, text: id });
const list = [script('a', 'receiving'), script('t', 'any'), script('b', 'receiving'), script('c', 'overdue')];
const ids = (scripts: CourtesyScript[]) => scripts.map((s) => s.id);
const dossier: Dossier = {
  code: 'MA-1',
  procedureName: 'Khai sinh',
  kind: 'birth',
  status: 'processing',
  statusText: '',
  applicant: { name: 'Lan', gender: 'female' },
  dueAt: '2026-11-26',
};

describe('script list edits', () => {
  it.each([
    ['b', -1, ['b', 't', 'a', 'c']],
    ['a', 1, ['b', 't', 'a', 'c']],
    ['a', -1, ['a', 't', 'b', 'c']],
    ['c', 1, ['a', 't', 'b', 'c']],
    ['t', 1, ['a', 't', 'b', 'c']],
  ] as const)('moves %s by %i within its stage', (id, direction, expected) => {
    expect(ids(moveScript(list, id, direction))).toEqual(expected);
  });

  it('adds after the last script of the stage with a fresh id', () => {
    const added = addScript([...list, script('custom-5', 'any')], { stage: 'receiving', title: 'Mới', text: 'x' });
    expect(ids(added)).toEqual(['a', 't', 'b', 'custom-6', 'c', 'custom-5']);
    expect(ids(addScript(list, { stage: 'returning', title: 'Mới', text: 'x' })).at(-1)).toBe('custom-5');
  });

  it('updates and removes one script only', () => {
    expect(updateScript(list, 'b', { text: 'mới', disabled: true })[2]).toEqual({
      ...list[2],
      text: 'mới',
      disabled: true,
    });
    expect(ids(removeScript(list, 't'))).toEqual(['a', 'b', 'c']);
  });
});

describe('unknownPlaceholders', () => {
  it.each([
    ['Xin chào {{honorific}} {{applicantName}}', []],
    // Spaces around a name are forgiven, as in letters.
    ['Chào {{tên}} {{ code }} {{tên}} {{}}', ['tên', '']],
    ['Thưa {{Xưng hô đầu câu}} {{ tên người nộp }}, hồ sơ {{Mã hồ sơ}} hẹn {{Ngày hẹn mới}}', []],
    ['{{Honorific}} {{dueDate}} {{newReturnDate}} {{procedureName}} {{code}}', []],
  ])('%s → %j', (text, unknown) => expect(unknownPlaceholders(text)).toEqual(unknown));

  it('every known placeholder is one personalise fills', () => {
    for (const name of SCRIPT_PLACEHOLDERS) {
      expect(personalise(`{{${name}}}`, { dossier, newReturnDate: '2026-11-30' })).not.toBe('');
    }
  });
});

describe('Vietnamese placeholder names', () => {
  const named: Dossier = {
    ...dossier,
    applicant: { name: 'Nguyễn Thị Lan', gender: 'female' },
    dueAt: '2026-11-26T16:30:00+07:00',
  };

  it('name every placeholder personalise fills, once each', () => {
    expect(SCRIPT_FIELDS.map((f) => f.code)).toEqual([...SCRIPT_PLACEHOLDERS]);
    const names = SCRIPT_FIELDS.map((f) => f.name.toLocaleLowerCase('vi'));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(DEFAULT_SCRIPTS.map((s) => [s.id, s.text]))('%s says the same with old or Vietnamese names', (_, text) => {
    const vietnamese = SCRIPT_NAMES.toVietnamese(text);
    // Every placeholder of the default scripts has a Vietnamese name: no code name is left.
    for (const match of vietnamese.matchAll(PLACEHOLDER)) {
      expect(SCRIPT_PLACEHOLDERS).not.toContain(match[1]);
      expect(SCRIPT_NAMES.isKnown(match[1] ?? '')).toBe(true);
    }
    const context = { dossier: named, newReturnDate: '2026-12-01' };
    expect(personalise(vietnamese, context)).toBe(personalise(text, context));
    expect(SCRIPT_NAMES.toCode(vietnamese)).toBe(text);
  });
});
