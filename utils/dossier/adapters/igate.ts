import { buildDossier } from '../build-dossier';
import { readLabels } from '../label-reader';
import { readList } from '../list-reader';
import type { Adapter, DossierReading } from '../types';
import { pathOf, selectFirst, selectShown } from './select';

/** VNPT iGate-style provincial one-stop systems (Angular Material pages). Fields are read by label text. */
export const selectors = {
  detail: [
    // the dossier detail component
    'app-dossier-detail',
    // older builds render a plain wrapper
    '.dossier-detail',
    // the routed outlet of a build we do not know yet
    'main',
  ],
  list: [
    // Material table on a <table>
    'table.mat-table',
    // table with the directive only, no class
    'table[mat-table]',
    // Material's flex-layout table (no <table> at all)
    'mat-table',
  ],
} as const;

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };
const PATH = /^\/(?:[a-z]{2}\/)?dossier\/(?:processing|search)(?:\/[^/?#]+)?\/?$/;

export const igate: Adapter = {
  id: 'igate',
  exampleUrls: [
    'https://motcua.angiang.gov.vn/vi/dossier/processing/6543a1b2c3d4e5f6a7b8c9d0',
    'https://dichvucong.hanoi.gov.vn/vi/dossier/search/65f0c2a1e4b0a1b2c3d4e5f6',
    'https://motcua.angiang.gov.vn/vi/dossier/processing',
    'https://motcua.angiang.gov.vn/vi/dossier/search',
  ],
  matches: (url) => PATH.test(pathOf(url)),
  readDossier(doc) {
    // A detail page may hold Material tables too (its processing history): a table does not make a list page. A
    // list's long body is passed over by the label reader, and its one code is a row's (buildDossier).
    const container = selectFirst(doc, selectors.detail) ?? doc.body;
    return container ? buildDossier('igate', readLabels(container), container) : NONE;
  },
  readList(doc) {
    for (const selector of selectors.list) {
      const rows = selectShown(doc, selector).flatMap(readList);
      if (rows.length > 0) return rows;
    }
    return [];
  },
};
