import { memoise } from './memo';
import { stripDiacritics } from './text';
import type { DossierStatus } from './types';

/** Site wordings (without diacritics, lower case) → canonical status. Order matters: more specific first. */
const STATUS_WORDS: Array<[RegExp, DossierStatus]> = [
  [/da tra ket qua|hoan thanh|da tra/, 'returned'],
  [/da co ket qua|cho tra ket qua|co ket qua/, 'result-ready'],
  [/qua han/, 'overdue'],
  [/bo sung/, 'supplement'],
  [/tam dung/, 'paused'],
  [/tu choi|khong du dieu kien|khong giai quyet/, 'rejected'],
  [/rut ho so|da huy|huy ho so/, 'withdrawn'],
  [/dang xu ly|dang tham dinh|dang giai quyet|cho phe duyet|dang ky duyet|cho ky/, 'processing'],
  [/moi dang ky|cho tiep nhan|moi nop/, 'new'],
  [/da tiep nhan|moi tiep nhan|tiep nhan/, 'received'],
];

/** The canonical status of a site's wording. */
export const mapStatus = memoise(map, 200);

function map(text: string): DossierStatus {
  const plain = stripDiacritics(text.normalize('NFC')).toLowerCase();
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(plain)) return status;
  return 'unknown';
}
