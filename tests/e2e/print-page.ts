import { execFileSync } from 'node:child_process';
import { type BrowserContext, type Download, expect, type Page } from '@playwright/test';

/** The text and page size of a downloaded PDF, read by poppler as a printer would see the file. */
export async function readPdf(download: Download) {
  const file = await download.path();
  if (!file) throw new Error('download has no file');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  // `layout` keeps the lines as printed (header columns side by side); `text` is one line for phrase checks.
  return { text: text.replace(/\s+/g, ' '), layout: text, info, fonts };
}

/** The print page a click opens, once its PDF is ready. */
export async function printPageFrom(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page');
  await click();
  const page = await opened;
  await expect(page.getByTestId('print-ready')).toBeVisible({ timeout: 20_000 });
  return page;
}

/** "Tải PDF" on a print page, read back. */
export async function downloadPdf(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByTestId('download-pdf').click();
  return readPdf(await download);
}

/** Clicks, reads the PDF of the print page that opens, and closes that page (previews weigh on a busy machine). */
export async function printAndRead(context: BrowserContext, click: () => Promise<void>) {
  const page = await printPageFrom(context, click);
  const pdf = await downloadPdf(page);
  await page.close();
  return pdf;
}
