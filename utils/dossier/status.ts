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

const cache = new Map<string, DossierStatus>();
const CACHE_LIMIT = 200;

/** The canonical status of a site's wording; memoised because list pages repeat a few wordings many times. */
export function mapStatus(text: string): DossierStatus {
  let status = cache.get(text);
  if (status === undefined) {
    status = map(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, status);
  }
  return status;
}

function map(text: string): DossierStatus {
  const plain = stripDiacritics(text.normalize('NFC')).toLowerCase();
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(plain)) return status;
  return 'unknown';
}
