/**
 * Every character a letter or report can print: the one list the build subsets the Tinos fonts to (see
 * font-subset.ts). Text is normalised to NFC before layout, so precomposed letters are enough; a character outside
 * this list is refused by the PDF module with a message in Vietnamese, never dropped silently.
 */

/** The Vietnamese alphabet with every tone mark, in NFC, lower case. */
export const VIETNAMESE_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

/** Code point ranges kept whole: ASCII, and Latin-1 with Latin Extended-A for names written in other languages. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x017f],
];

/**
 * Typographic punctuation, and signs an officer may type into a letter of their own (bullets, boxes, arrows in a
 * list): those Tinos draws.
 */
const SIGNS = '‐‑‒–—―‘’‚‛“”„‟†‡•‣…‰′″‹›※‼⁄₫€№℃™←↑→↓↔−√∞≈≠≤≥■□▪▫▲►▼◄◊○●◦';

const fromRange = ([from, to]: readonly [number, number]) =>
  String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** The characters the letter fonts draw, each once, in code point order. */
export const LETTER_CHARACTERS: string = [
  ...new Set([
    ...RANGES.flatMap((range) => [...fromRange(range)]),
    ...VIETNAMESE_LETTERS,
    ...VIETNAMESE_LETTERS.toLocaleUpperCase('vi'),
    ...SIGNS,
  ]),
]
  .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
  .join('');
