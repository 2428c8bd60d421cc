import { stripDiacritics } from '../dossier/text';
import type { LetterOrder } from './print-job';

const slug = (text: string) =>
  stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A file name an officer recognises in the Downloads folder, ASCII only so every system keeps it. */
export function pdfFileName(orders: readonly LetterOrder[], letterName: string, day: string): string {
  const [first] = orders;
  if (orders.length === 1 && first) {
    const code = first.dossier?.code ?? first.options?.thankYou?.recipientName ?? '';
    return `${[slug(letterName), slug(code), day].filter(Boolean).join('-')}.pdf`;
  }
  return `thu-${orders.length}-ban-${day}.pdf`;
}
