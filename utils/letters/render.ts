import type { Dossier } from '../dossier/types';
import { type MissingField, MissingFieldsError } from './fill';
import { FONT_STYLES, type FontStyle, loadFont } from './fonts';
import type { PdfFonts, PdfInfo } from './pdf';
import { prepareLetter } from './prepare';
import type { FilledLetter, LaidOutDocument, LetterKind, LetterOptions, OfficeProfile } from './types';

/** One letter of a batch. `dossier` is null for a thank-you letter, which comes from a form. */
export interface LetterRequest {
  kind: LetterKind;
  dossier: Dossier | null;
  office: Partial<OfficeProfile>;
  options?: LetterOptions;
}

/** A batch letter that cannot be printed, by its position in the batch. */
export interface BatchProblem {
  index: number;
  kind: LetterKind;
  missing: readonly MissingField[];
}

export class LetterBatchError extends Error {
  readonly problems: readonly BatchProblem[];

  constructor(problems: readonly BatchProblem[]) {
    super(
      `${problems.length} thư chưa đủ thông tin để in: ${problems.map((p) => `thư số ${p.index + 1}`).join(', ')}.`,
    );
    this.name = 'LetterBatchError';
    this.problems = problems;
  }
}

async function loadFonts(): Promise<PdfFonts> {
  const loaded = await Promise.all(FONT_STYLES.map(loadFont));
  return Object.fromEntries(FONT_STYLES.map((style, i) => [style, loaded[i]])) as Record<FontStyle, string>;
}

const authorOf = (office: Partial<OfficeProfile>) => office.communeName && `Ủy ban nhân dân ${office.communeName}`;

/** jsPDF is loaded only when a PDF is made, so importing this module (for lettersFor, say) never pulls it in. */
async function toPdf(letters: LaidOutDocument[], info: PdfInfo): Promise<Uint8Array> {
  const [{ lettersToPdf }, fonts] = await Promise.all([import('./pdf'), loadFonts()]);
  return lettersToPdf(letters, fonts, info);
}

/** One letter as an A4 PDF. Throws a MissingFieldsError listing, in Vietnamese, whatever the letter lacks. */
export async function renderLetterPdf(
  kind: LetterKind,
  dossier: Dossier | null,
  office: Partial<OfficeProfile>,
  options?: LetterOptions,
): Promise<Uint8Array> {
  const letter = prepareLetter(kind, dossier, office, options);
  return toPdf([letter], { title: letter.name, author: authorOf(office) });
}

/**
 * Several letters in one PDF, each starting on a new page, for printing a day's letters at once. Checks every
 * letter first: a LetterBatchError names each one that lacks something, so none is printed half-filled.
 */
export async function renderLettersPdf(requests: readonly LetterRequest[]): Promise<Uint8Array> {
  const letters: FilledLetter[] = [];
  const problems: BatchProblem[] = [];
  requests.forEach(({ kind, dossier, office, options }, index) => {
    try {
      letters.push(prepareLetter(kind, dossier, office, options));
    } catch (error) {
      if (!(error instanceof MissingFieldsError)) throw error;
      problems.push({ index, kind, missing: error.missing });
    }
  });
  if (problems.length > 0) throw new LetterBatchError(problems);
  const names = new Set(letters.map((letter) => letter.name));
  const title = names.size === 1 ? `${[...names][0]} (${letters.length} thư)` : `Thư và phiếu (${letters.length})`;
  return toPdf(letters, { title, author: authorOf(requests[0]?.office ?? {}) });
}

/**
 * Any document laid out in blocks (a report, say) as an A4 PDF in the same administrative layout as the letters:
 * the one way a page outside this folder gets a PDF. Texts are normalised to NFC here too.
 */
export async function renderDocumentPdf(document: LaidOutDocument, info: PdfInfo): Promise<Uint8Array> {
  return toPdf([document], info);
}
