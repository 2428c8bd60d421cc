/** How people are named and addressed in what the product writes: letters, spoken scripts and notices. */
import { readGender } from '../dossier/gender';
import type { Gender, Person } from '../dossier/types';
import { daysBetween, vietnamDayOf } from './date-words';

/** NFC, single spaces, no blank ends (fill.ts's oneLine, which this module cannot import without a cycle). */
const tidy = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();

const capitalWord = (word: string) =>
  word
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1).toLocaleLowerCase('vi'))
    .join('-');

/**
 * A person's name as a letter writes it, whatever case the page or the officer used: every word starts with a
 * capital and goes on in lower case ("lý thị kim oanh", "LÝ THỊ KIM OANH" → "Lý Thị Kim Oanh").
 */
export function personName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return tidy(name).split(' ').map(capitalWord).join(' ');
}

/** The given name (tên), the last word, by which Vietnamese address each other: "Trần Văn Hùng" → "Hùng". */
export function givenName(name: string | undefined): string | undefined {
  return personName(name)?.split(' ').at(-1) || undefined;
}

/** Under the Law on Children 2016, a child is under 16. */
export const CHILD_UNDER_YEARS = 16;

/** Whether a person was a child on a day; undefined when the birth date or the day is not known. */
export function wasChild(person: Person | undefined, on: string | undefined): boolean | undefined {
  const born = vietnamDayOf(person?.birthDate);
  const day = vietnamDayOf(on);
  if (!born || !day || daysBetween(born, day) < 0) return undefined;
  const [by, bm, bd] = born.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age < CHILD_UNDER_YEARS;
}

/** The gender to address a person by (the one given, else the name's guess), if anything tells. */
export const addressGender = (person: { name: string; gender?: Gender } | undefined): Gender | undefined =>
  readGender(person).gender;
