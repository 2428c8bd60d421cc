// Reads PDFs back as a person or a printer would, with poppler's tools: tests never compare PDF bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder for a test file's PDFs, removed after its tests. */
export function pdfFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mctt-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What one of poppler's tools prints. */
export const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** A printed word: its page (from 1) and its box, in points from the page's top left corner. */
export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF, page by page. */
export function words(file: string): Word[] {
  const pages = poppler('pdftotext', '-bbox', '-enc', 'UTF-8', file, '-').split('<page ').slice(1);
  return pages.flatMap((page, index) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, yMax, word]) => ({
        page: index + 1,
        text: word ?? '',
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      }),
    ),
  );
}
