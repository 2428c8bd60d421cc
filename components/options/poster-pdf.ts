import { bundledFontSource } from '@/utils/letters/bundled-fonts';
import { setFontSource } from '@/utils/letters/fonts';
import { renderDocumentPdf } from '@/utils/letters/render';
import { type PosterKind, posterDocument } from '@/utils/posters/posters';
import type { Settings } from '@/utils/settings/schema';

let fontsFromBundle = false;

/** A poster as PDF bytes, drawn in this extension page with the bundled fonts (never in a content script). */
export async function posterPdf(kind: PosterKind, settings: Settings): Promise<Uint8Array> {
  if (!fontsFromBundle) {
    setFontSource(bundledFontSource);
    fontsFromBundle = true;
  }
  const poster = posterDocument(kind, settings);
  const author = settings.office.communeName.trim() && `Ủy ban nhân dân ${settings.office.communeName.trim()}`;
  return renderDocumentPdf(poster, { title: poster.name, ...(author && { author }) });
}
