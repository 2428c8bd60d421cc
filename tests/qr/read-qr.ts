// Reads QR codes back as a phone would: from pixels (a screenshot, or a PDF page rendered by poppler's pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

interface Image {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

const fromPng = (png: Buffer): Image => {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
};

/** The one QR code in a PNG image (a screenshot of the code), or null. */
export function decodeQr(png: Buffer): string | null {
  const { width, height, data } = fromPng(png);
  return jsQR(data, width, height)?.data ?? null;
}

/** A part of an image, on a white margin so that the code keeps its quiet zone. */
function crop(image: Image, x: number, y: number, width: number, height: number, margin: number): Image {
  const out = { width: width + 2 * margin, height: height + 2 * margin };
  const data = new Uint8ClampedArray(out.width * out.height * 4).fill(255);
  for (let row = 0; row < height; row += 1) {
    const from = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(from, from + width * 4), ((row + margin) * out.width + margin) * 4);
  }
  return { ...out, data };
}

const dark = (image: Image, x: number, y: number) => (image.data[(y * image.width + x) * 4] ?? 255) < 128;

/**
 * Every QR code read on a PDF page, top to bottom. Posters draw their codes on the left of the text area (from
 * 30 mm): the page is rendered at 150 dpi, that column is cut into bands of dark rows, and each band is read on its
 * own; bands of text read as nothing and are left out, so a code that cannot be read is missing from the list.
 */
export function decodePdfQrCodes(pdfFile: string, page = 1): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mctt-qr-'));
  try {
    const dpi = 150;
    const out = join(dir, 'page');
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-png',
      '-singlefile',
      pdfFile,
      out,
    ]);
    const image = fromPng(readFileSync(`${out}.png`));
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    const [left, right] = [px(28), px(74)];
    const rows: boolean[] = [];
    for (let y = 0; y < image.height; y += 1) {
      let any = false;
      for (let x = left; x < right && !any; x += 1) any = dark(image, x, y);
      rows.push(any);
    }
    const bands: [number, number][] = [];
    const gap = px(3);
    let start = -1;
    let lastDark = -gap;
    rows.forEach((isDark, y) => {
      if (!isDark) return;
      if (start < 0 || y - lastDark > gap) {
        if (start >= 0) bands.push([start, lastDark]);
        start = y;
      }
      lastDark = y;
    });
    if (start >= 0) bands.push([start, lastDark]);
    return bands
      .filter(([top, bottom]) => bottom - top > px(15))
      .map(([top, bottom]) => {
        const part = crop(image, left, top, right - left, bottom - top + 1, px(6));
        return jsQR(part.data, part.width, part.height)?.data;
      })
      .filter((data): data is string => data !== undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
