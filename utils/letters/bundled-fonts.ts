/**
 * The Tinos files as assets of the extension's own bundle (Vite `?url`), for extension pages: no network, no
 * fonts in public/. Only pages built by Vite may import this module.
 */

import regularUrl from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url';
import boldUrl from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url';
import boldItalicUrl from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url';
import type { FontSource, FontStyle } from './fonts';

const URLS: Readonly<Record<FontStyle, string>> = {
  regular: regularUrl,
  bold: boldUrl,
  italic: italicUrl,
  'bold-italic': boldItalicUrl,
};

export const bundledFontSource: FontSource = async (style) => {
  const response = await fetch(URLS[style]);
  if (!response.ok) throw new Error(`Letter fonts: ${URLS[style]} answered ${response.status}`);
  return response.arrayBuffer();
};
