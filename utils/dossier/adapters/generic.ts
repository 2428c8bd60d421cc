import { buildDossier } from '../build-dossier';
import { readLabelPairs } from '../label-reader';
import { readTableList } from '../table-list-reader';
import type { Adapter, ListRow } from '../types';
import { hostOf } from './select';

/** Any gov.vn page (and the demo portal): read by label text alone, no site knowledge. */
export const selectors = {
  content: [
    // the page's main content, when marked up
    'main',
    // otherwise the whole body
    'body',
  ],
  tables: [
    // any table may be a dossier list; the header decides
    'table',
  ],
} as const;

const MAX_TABLES = 20;

export const generic: Adapter = {
  id: 'generic',
  exampleUrls: ['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-ho-so.html?ma=000.00.00.H01-261120-0001'],
  matches: (url) => /(^|\.)gov\.vn$/.test(hostOf(url)) || ['localhost', '127.0.0.1'].includes(hostOf(url)),
  readDossier(doc) {
    const root = doc.querySelector(selectors.content[0]) ?? doc.body;
    if (!root) return { adapter: null, dossier: null, missing: [] };
    return buildDossier('generic', readLabelPairs(root), {}, root.textContent ?? '');
  },
  readList(doc) {
    const rows: ListRow[] = [];
    for (const table of Array.from(doc.querySelectorAll<HTMLTableElement>(selectors.tables[0])).slice(0, MAX_TABLES)) {
      rows.push(...readTableList(table));
    }
    return rows;
  },
};
