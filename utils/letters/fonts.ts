/**
 * Where the letter fonts come from. An extension page fetches the subsets the build put in the package
 * (font-subset.ts makes them); Node (tests, the bench) makes the same subsets itself:
 * `setFontSource(subsetFontSource)` with `subsetFontSource` from `./font-subset`.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'bold-italic'];

/** Where each style sits in the built package. */
export const LETTER_FONT_FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'fonts/tinos-regular.ttf',
  bold: 'fonts/tinos-bold.ttf',
  italic: 'fonts/tinos-italic.ttf',
  'bold-italic': 'fonts/tinos-bold-italic.ttf',
};

/** Gives the bytes of one style's TrueType file. */
export type FontSource = (style: FontStyle) => Promise<ArrayBuffer | Uint8Array>;

/** The extension's own files: a page never reaches the network for a font. */
export const packagedFontSource: FontSource = async (style) => {
  if (typeof location === 'undefined') {
    throw new Error('Letter fonts: outside an extension page, call setFontSource(subsetFontSource) first.');
  }
  const url = new URL(`/${LETTER_FONT_FILES[style]}`, location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Letter fonts: ${url.pathname} answered ${response.status}`);
  return response.arrayBuffer();
};

let source: FontSource = packagedFontSource;
const cache = new Map<FontStyle, Promise<string>>();

/** Chooses where font files come from (no argument: the package's); forgets fonts loaded from the previous one. */
export function setFontSource(next: FontSource = packagedFontSource): void {
  source = next;
  cache.clear();
}

/** jsPDF takes fonts as "binary strings", one character per byte. */
function toBinaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // Chunked: String.fromCharCode with many thousands of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x1000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x1000)));
  }
  return chunks.join('');
}

/** One style as a binary string, loaded once per page or process. */
export function loadFont(style: FontStyle): Promise<string> {
  let font = cache.get(style);
  if (!font) {
    font = source(style).then((data) => toBinaryString(data instanceof Uint8Array ? data : new Uint8Array(data)));
    // A failed load (a missing file, say) may succeed later: do not keep the failure.
    font.catch(() => cache.delete(style));
    cache.set(style, font);
  }
  return font;
}
