import type { LaidOutDocument } from '@/utils/letters/types';

let fontsReady = false;

/**
 * The report as an A4 PDF, made in the options page by the letters' own layout module: it and jsPDF load only on
 * the first click, never with the page, and never in a content script.
 */
export async function reportPdf(document: LaidOutDocument, author: string): Promise<Uint8Array> {
  const [{ renderDocumentPdf }, { setFontSource }, { bundledFontSource }] = await Promise.all([
    import('@/utils/letters/render'),
    import('@/utils/letters/fonts'),
    import('@/utils/letters/bundled-fonts'),
  ]);
  if (!fontsReady) {
    setFontSource(bundledFontSource);
    fontsReady = true;
  }
  return renderDocumentPdf(document, { title: document.name, author });
}
