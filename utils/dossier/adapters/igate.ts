import { buildDossier } from '../build-dossier';
import { readLabelPairs } from '../label-reader';
import { readTableList } from '../table-list-reader';
import type { Adapter } from '../types';
import { pathOf, selectFirst } from './select';

/** VNPT iGate-style provincial one-stop systems (Angular Material pages). */
export const selectors = {
  detail: [
    // the dossier detail component
    'app-dossier-detail',
    // older builds render a plain wrapper
    '.dossier-detail',
    // last resort: the routed outlet
    'main',
  ],
  list: [
    // Material table
    'table.mat-table',
    // table with the directive only
    'table[mat-table]',
  ],
  listRows: [
    // Material data rows, never header rows
    'tr.mat-row',
  ],
} as const;

const PATH = /^\/(?:[a-z]{2}\/)?dossier\/(processing|search)(?:\/([^/?#]+))?\/?$/;

export const igate: Adapter = {
  id: 'igate',
  exampleUrls: [
    'https://motcua.angiang.gov.vn/vi/dossier/processing/6543a1b2c3',
    'https://dichvucong.hanoi.gov.vn/vi/dossier/search/12345',
    'https://motcua.angiang.gov.vn/vi/dossier/processing',
  ],
  matches: (url) => PATH.test(pathOf(url)),
  readDossier(doc) {
    const root = selectFirst(doc, selectors.detail);
    if (!root) return { adapter: null, dossier: null, missing: [] };
    return buildDossier('igate', readLabelPairs(root), {}, root.textContent ?? '');
  },
  readList(doc) {
    const table = selectFirst<HTMLTableElement>(doc, selectors.list);
    return table ? readTableList(table, selectors.listRows[0]) : [];
  },
};
