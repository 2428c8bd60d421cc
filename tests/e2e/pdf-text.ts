import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';

/** The text and page size of a downloaded PDF, read by poppler as a printer would see the file. */
export async function readPdf(download: Download) {
  const file = await download.path();
  if (!file) throw new Error('download has no file');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), info, fonts };
}
