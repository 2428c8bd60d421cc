/**
 * The letter fonts as the build ships them: Tinos cut down by HarfBuzz's subsetter to the characters in
 * font-glyphs.ts. Node only (the build, tests and the bench); a page fetches the files this produces.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont, { type SubsetFontOptions } from 'subset-font';
import { LETTER_CHARACTERS } from './font-glyphs';
import { FONT_STYLES, type FontSource, type FontStyle, LETTER_FONT_FILES } from './fonts';

/** Package paths of the four Tinos files: metric-compatible with Times New Roman, with every Vietnamese letter. */
const TINOS_FILES: Readonly<Record<FontStyle, string>> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  'bold-italic': '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/**
 * Only what jsPDF reads (outlines, metrics, cmap, names) is kept: it neither shapes nor kerns, and a printed page
 * needs no screen hinting.
 */
const OPTIONS: SubsetFontOptions = {
  targetFormat: 'truetype',
  noHinting: true,
  keepFeatures: [],
  dropTables: ['GDEF', 'GPOS', 'GSUB', 'gasp'],
};

const subsets = new Map<FontStyle, Promise<Uint8Array>>();

/** One style of Tinos with only the letters' characters, made once per process. */
export function subsetTinos(style: FontStyle): Promise<Uint8Array> {
  let subset = subsets.get(style);
  if (!subset) {
    subset = readFile(createRequire(import.meta.url).resolve(TINOS_FILES[style]))
      .then((file) => subsetFont(file, LETTER_CHARACTERS, OPTIONS))
      .then((bytes) => new Uint8Array(bytes));
    subsets.set(style, subset);
  }
  return subset;
}

/** For Node (tests, the bench): the very fonts an extension page fetches, without a build. */
export const subsetFontSource: FontSource = subsetTinos;

/**
 * Writes the four subsets under `dir` at the paths the pages fetch them from (LETTER_FONT_FILES); the build copies
 * them into the package.
 */
export async function writeLetterFonts(dir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  return Promise.all(
    FONT_STYLES.map(async (style) => {
      const absoluteSrc = join(dir, LETTER_FONT_FILES[style]);
      await mkdir(dirname(absoluteSrc), { recursive: true });
      await writeFile(absoluteSrc, await subsetTinos(style));
      return { absoluteSrc, relativeDest: LETTER_FONT_FILES[style] };
    }),
  );
}
