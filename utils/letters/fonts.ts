/**
 * Where the Tinos font files come from. Node (tests, scripts) reads them from the installed package by itself; a
 * browser page must say where its bundled copies are, once, before the first letter:
 * `setFontSource(bundledFontSource)` with `bundledFontSource` from `./bundled-fonts` (Vite `?url` assets). The
 * split keeps `?url` imports, which only a bundler understands, out of the modules that Node loads.
 */

import { trimFont } from './font-trim';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'bold-italic'];

/** Package paths of the four Tinos files: metric-compatible with Times New Roman, with every Vietnamese letter. */
export const TINOS_FILES: Readonly<Record<FontStyle, string>> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  'bold-italic': '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/** Gives the bytes of one style's TrueType file. */
export type FontSource = (style: FontStyle) => Promise<ArrayBuffer | Uint8Array>;

/** Node's own modules when running in Node; `getBuiltinModule` needs no import a bundler would try to follow. */
async function nodeFontSource(style: FontStyle): Promise<Uint8Array> {
  const modules = globalThis.process?.getBuiltinModule;
  if (!modules) {
    throw new Error('Letter fonts: in a browser page, call setFontSource(bundledFontSource) before rendering.');
  }
  const { createRequire } = process.getBuiltinModule('node:module');
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  return readFile(createRequire(import.meta.url).resolve(TINOS_FILES[style]));
}

let source: FontSource = nodeFontSource;
const cache = new Map<FontStyle, Promise<string>>();

/** Chooses where font files come from (no argument: back to Node's); forgets fonts loaded from the previous one. */
export function setFontSource(next: FontSource = nodeFontSource): void {
  source = next;
  cache.clear();
}

/** jsPDF takes fonts as "binary strings", one character per byte. */
function toBinaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // Chunked: String.fromCharCode with half a megabyte of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x1000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x1000)));
  }
  return chunks.join('');
}

/** One style as a binary string, loaded once per page or process. */
export function loadFont(style: FontStyle): Promise<string> {
  let font = cache.get(style);
  if (!font) {
    font = source(style).then((data) =>
      toBinaryString(trimFont(data instanceof Uint8Array ? data : new Uint8Array(data))),
    );
    // A failed load (offline file, wrong path) may succeed later: do not keep the failure.
    font.catch(() => cache.delete(style));
    cache.set(style, font);
  }
  return font;
}
