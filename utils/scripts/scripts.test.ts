import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import { BIRTH_IN_PROCESS } from '../dossier/test-dossiers';
import { capitalise, honorific, personalise, scriptsFor, stageOf } from '.';

const dossier = BIRTH_IN_PROCESS;

describe('stageOf', () => {
  it.each([
    ['new', null, 'receiving'],
    ['received', 'ok', 'receiving'],
    ['supplement', 'soon', 'supplement'],
    ['processing', 'due-today', 'processing'],
    ['processing', 'overdue', 'overdue'],
    ['received', 'overdue', 'overdue'],
    ['overdue', null, 'overdue'],
    ['result-ready', 'overdue', 'returning'],
    ['returned', null, 'returning'],
    ['unknown', null, 'processing'],
  ] as const)('%s with level %s → %s', (status, level, stage) => expect(stageOf(status, level)).toBe(stage));
});

describe('honorific', () => {
  it.each([
    ['male', 'ông'],
    ['female', 'bà'],
    [undefined, 'ông/bà'],
  ] as const)('%s → %s', (gender, word) => expect(honorific(gender)).toBe(word));

  it('capitalises Vietnamese letters', () => expect(capitalise('đồng chí')).toBe('Đồng chí'));
});

describe('scriptsFor', () => {
  it('gives the stage’s scripts first, then the general ones, skipping disabled ones', () => {
    const scripts = scriptsFor('receiving', [
      ...DEFAULT_SCRIPTS,
      { id: 'off', stage: 'receiving', title: 'Tắt', text: 'x', disabled: true },
    ]);
    expect(scripts.map((s) => s.id)).toEqual([
      'receiving-greeting',
      'receiving-permission',
      'receiving-guidance',
      'any-thanks',
    ]);
  });

  it.each(['receiving', 'supplement', 'processing', 'returning', 'overdue'] as const)(
    'every stage has a default script (%s)',
    (stage) => expect(scriptsFor(stage, DEFAULT_SCRIPTS).filter((s) => s.stage === stage).length).toBeGreaterThan(0),
  );
});

describe('the plan’s words and instructions', () => {
  const said = (stage: Parameters<typeof scriptsFor>[0]) =>
    scriptsFor(stage, DEFAULT_SCRIPTS)
      .filter((s) => s.stage === stage)
      .map((s) => s.text)
      .join(' ');

  it.each([
    ['receiving', /Xin chào/],
    ['receiving', /Xin phép/],
    ['supplement', /Xin lỗi đã làm phiền/],
    ['supplement', /[Cc]ảm ơn/],
    ['overdue', /xin lỗi/],
    ['returning', /cảm ơn/],
  ] as const)('at %s the officer says %s', (stage, words) => expect(said(stage)).toMatch(words));

  it('says “xin lỗi” only where the office is at fault or bothers the citizen', () => {
    for (const script of DEFAULT_SCRIPTS.filter((s) => /xin lỗi/i.test(s.text))) {
      expect(['supplement-request', 'supplement-own-error', 'overdue-apology', 'returning-correction']).toContain(
        script.id,
      );
    }
  });
});

describe('personalise', () => {
  it('fills the name, honorific, code and dates, a date without its time', () => {
    expect(personalise('Xin chào {{honorific}} {{applicantName}}, hẹn ngày {{dueDate}}.', { dossier })).toBe(
      'Xin chào ông Trần Văn Hùng, hẹn ngày 26/11/2026.',
    );
    expect(
      personalise('{{Honorific}} vui lòng quay lại ngày {{newReturnDate}}.', {
        dossier: { ...dossier, applicant: { name: 'Lê Thị Lan', gender: 'female' } },
        newReturnDate: '2026-11-30',
      }),
    ).toBe('Bà vui lòng quay lại ngày 30/11/2026.');
  });

  it.each([
    ['formal', 'Lý Thị Kim Oanh', undefined, 'Xin chào bà Oanh!'],
    ['familiar', 'lý thị kim oanh', undefined, 'Xin chào chị Oanh!'],
    ['familiar', 'Trần Văn Hùng', undefined, 'Xin chào anh Hùng!'],
    // The officer's correction wins over the name's guess.
    ['formal', 'Lý Thị Kim Oanh', 'male', 'Xin chào ông Oanh!'],
    ['formal', 'Hoàng Gia Bảo', undefined, 'Xin chào ông/bà Bảo!'],
  ] as const)('speaks %s to %s (%s) by the given name', (address, name, gender, said) => {
    const person = { ...dossier, applicant: { name, gender } };
    expect(personalise('Xin chào {{honorific}} {{givenName}}!', { dossier: person, address })).toBe(said);
  });

  it('never leaves braces, "undefined" or a space before punctuation when a value is missing', () => {
    const text = personalise(
      'Xin chào {{honorific}} {{applicantName}}! Mã {{code}}, hẹn {{newReturnDate}}. {{unknown}}',
      {
        dossier: { ...dossier, applicant: { name: '' }, code: '' },
      },
    );
    expect(text).toBe('Xin chào ông/bà! Mã, hẹn.');
    expect(text).not.toMatch(/undefined|\{\{|\}\}/);
  });

  it.each(['constructor', '__proto__', 'toString', 'valueOf'])(
    '{{%s}} is dropped, never filled from the prototype',
    (name) => {
      expect(personalise(`Xin chào {{${name}}} {{honorific}}.`, { dossier })).toBe('Xin chào ông.');
    },
  );

  it.each(DEFAULT_SCRIPTS.map((s) => [s.id, s.text]))('default script %s fills completely', (_id, text) => {
    const filled = personalise(text, { dossier, newReturnDate: '2026-11-30' });
    expect(filled).not.toMatch(/undefined|\{\{|\}\}/);
    expect(filled).toBe(filled.normalize('NFC'));
  });
});
