import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { addScript, moveScript, removeScript, updateScript } from './edit-scripts';
import { personalise } from './personalise';
import { SCRIPT_PLACEHOLDERS, unknownPlaceholders } from './placeholders';
import type { CourtesyScript } from './types';

const script = (id: string, stage: CourtesyScript['stage']): CourtesyScript => ({ id, stage, title: id, text: id });
const list = [script('a', 'receiving'), script('t', 'any'), script('b', 'receiving'), script('c', 'overdue')];
const ids = (scripts: CourtesyScript[]) => scripts.map((s) => s.id);

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
    ['Chào {{tên}} {{ code }} {{tên}} {{}}', ['tên', ' code ', '']],
    ['{{Honorific}} {{dueDate}} {{newReturnDate}} {{procedureName}} {{code}}', []],
  ])('%s → %j', (text, unknown) => expect(unknownPlaceholders(text)).toEqual(unknown));

  it('every known placeholder is one personalise fills', () => {
    const dossier: Dossier = {
      code: 'MA-1',
      procedureName: 'Khai sinh',
      kind: 'birth',
      status: 'processing',
      statusText: '',
      applicant: { name: 'Lan', gender: 'female' },
      dueAt: '2026-11-26',
    };
    for (const name of SCRIPT_PLACEHOLDERS) {
      expect(personalise(`{{${name}}}`, { dossier, newReturnDate: '2026-11-30' })).not.toBe('');
    }
  });
});
