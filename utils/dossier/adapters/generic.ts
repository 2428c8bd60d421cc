import { buildDossier } from '../build-dossier';
import { readLabels } from '../label-reader';
import { readLists } from '../list-reader';
import type { Adapter, DossierReading } from '../types';
import { protocolOf, selectFirst } from './select';

/** Any portal page the extension runs on: read by label text and list structure alone, no site knowledge. */
export const selectors = {
  content: [
    // the page's main content, when marked up
    'main',
    // the same, marked by role only
    '[role="main"]',
    // otherwise the whole body (site chrome is skipped by the reader)
    'body',
  ],
} as const;

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

export const generic: Adapter = {
  id: 'generic',
  exampleUrls: [
    'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.00.H01-261120-0001',
    'https://dichvucong.angiang.gov.vn/tra-cuu/ho-so',
    'http://localhost:4173/tra-cuu/ho-so',
    'https://motcua.tinh-mau.vn/ho-so/chi-tiet?id=1',
  ],
  // Where the content script runs (gov.vn, the demo portal, portals a team lead added) is where pages are read.
  matches: (url) => /^https?:$/.test(protocolOf(url)),
  readDossier(doc) {
    const root = selectFirst(doc, selectors.content);
    if (!root) return NONE;
    const reading = buildDossier('generic', readLabels(root), root);
    // A dossier shown outside the main content (a framework's dialog is attached to the body) is read from the body.
    if (reading.dossier || !doc.body || root === doc.body) return reading;
    return buildDossier('generic', readLabels(doc.body), doc.body);
  },
  // Any table or grid may be a dossier list: its header and its content decide.
  readList: (doc) => (doc.body ? readLists(doc.body) : []),
};
