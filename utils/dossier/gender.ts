import { stripDiacritics } from './text';
import type { Gender } from './types';

/** "Nam", "Nữ", "NỮ", "nu\u031b", "Trai", "Gái" → gender; anything else (Khác, blank) → undefined. */
export function parseGender(text: string | undefined): Gender | undefined {
  const plain = stripDiacritics(text ?? '')
    .toLowerCase()
    .trim();
  if (/^(?:nam|trai|male)\b/.test(plain)) return 'male';
  if (/^(?:nu|gai|female)\b/.test(plain)) return 'female';
  return undefined;
}

/** Middle names that tell a gender in Vietnamese names: "Thị" is a woman's, "Văn" a man's. */
const MIDDLE_NAME_GENDER: ReadonlyArray<readonly [string, Gender]> = [
  ['thị', 'female'],
  ['văn', 'male'],
];

/**
 * A guess at a person's gender from a middle name ("Lý Thị Kim Oanh" → female, "Trần Văn Hùng" → male); undefined
 * when no middle name tells, or when they disagree. Only the words between the family and the given name count: a
 * family name "Văn" or a given name "Thị" says nothing. A guess, to be shown as one and corrected by the officer.
 */
export function genderFromName(name: string | undefined): Gender | undefined {
  const words = (name ?? '').normalize('NFC').toLocaleLowerCase('vi').trim().split(/\s+/);
  const middle = new Set(words.slice(1, -1));
  const told = new Set(MIDDLE_NAME_GENDER.filter(([word]) => middle.has(word)).map(([, gender]) => gender));
  return told.size === 1 ? [...told][0] : undefined;
}

/** Where a person's gender comes from: the page or the officer (`given`), a guess from the name, or nowhere. */
export type GenderSource = 'given' | 'name' | 'unknown';

export interface GenderReading {
  gender?: Gender;
  source: GenderSource;
}

/** The gender to address a person by: the one given, else the name's guess. */
export function readGender(person: { name: string; gender?: Gender } | undefined): GenderReading {
  if (person?.gender) return { gender: person.gender, source: 'given' };
  const guess = genderFromName(person?.name);
  return guess ? { gender: guess, source: 'name' } : { source: 'unknown' };
}
