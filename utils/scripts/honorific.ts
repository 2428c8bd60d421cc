import type { Gender } from '../dossier/types';

/** How to address a citizen: ông / bà when the gender is known, the neutral "ông/bà" otherwise. */
export function honorific(gender: Gender | undefined): string {
  if (gender === 'male') return 'ông';
  if (gender === 'female') return 'bà';
  return 'ông/bà';
}

export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
