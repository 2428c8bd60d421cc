import { LETTER_KIND_NAMES } from '@/utils/letters/kinds';
import type { LetterKind } from '@/utils/letters/types';

/** What the officer clicks to print each letter: its name, and for the apology slip what it does. */
export const LETTER_LABEL: Readonly<Record<LetterKind, string>> = {
  ...LETTER_KIND_NAMES,
  apology: `${LETTER_KIND_NAMES.apology}, hẹn lại ngày trả`,
};
