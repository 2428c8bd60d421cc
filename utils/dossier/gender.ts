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
