import { buildDossier } from '../build-dossier';
import { readLabels } from '../label-reader';
import { readList } from '../list-reader';
import type { Adapter, ListRow } from '../types';
import { hostOf, selectFirst } from './select';

/** Any gov.vn page (and the local demo portal): read by label text alone, no site knowledge. */
export const selectors = {
  content: [
    // the page's main content, when marked up
    'main',
    // the same, marked by role only
    '[role="main"]',
    // otherwise the whole body (site chrome is skipped by the reader)
    'body',
  ],
  tables: [
    // any table may be a dossier list; its header decides
    'table',
  ],
} as const;

const MAX_TABLES = 20;
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

export const generic: Adapter = {
  id: 'generic',
  exampleUrls: [
    'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.00.H01-261120-0001',
    'https://dichvucong.angiang.gov.vn/tra-cuu/ho-so',
    'http://localhost:4173/tra-cuu/ho-so',
  ],
  matches: (url) => /(?:^|\.)gov\.vn$/.test(hostOf(url)) || LOOPBACK.has(hostOf(url)),
  readDossier(doc) {
    const root = selectFirst(doc, selectors.content);
    if (!root) return { adapter: null, dossier: null, missing: [] };
    return buildDossier('generic', readLabels(root), root);
  },
  readList(doc) {
    const rows: ListRow[] = [];
    for (const table of Array.from(doc.querySelectorAll(selectors.tables[0])).slice(0, MAX_TABLES)) {
      rows.push(...readList(table));
    }
    return rows;
  },
};
