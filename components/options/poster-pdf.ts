import { renderDocumentPdf } from '@/utils/letters/render';
import { type PosterKind, posterDocument } from '@/utils/posters/posters';
import type { Settings } from '@/utils/settings/schema';

/** A poster as PDF bytes, drawn in this extension page with the packaged fonts (never in a content script). */
export async function posterPdf(kind: PosterKind, settings: Settings): Promise<Uint8Array> {
  const poster = posterDocument(kind, settings);
  const author = settings.office.communeName.trim() && `Ủy ban nhân dân ${settings.office.communeName.trim()}`;
  return renderDocumentPdf(poster, { title: poster.name, ...(author && { author }) });
}
