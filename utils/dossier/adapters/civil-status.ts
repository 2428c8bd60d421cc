import { buildDossier } from '../build-dossier';
import { readLabels } from '../label-reader';
import { readList } from '../list-reader';
import type { Adapter } from '../types';
import { hostOf, pathOf, selectFirst, selectFirstShown } from './select';

/**
 * The Ministry of Justice civil-status software (hộ tịch điện tử): table forms, one section per person (fieldsets
 * or full-width header rows), read by label text; section titles say whose fields follow.
 */
export const selectors = {
  form: [
    // the record form
    '.ht-form',
    // the same form in print view, without the class
    '#frmHoTich',
    // the page body when the form is renamed
    'body',
  ],
  list: [
    // search results grid
    'table.ht-grid',
    // the same grid inside its results panel, without the class
    '#gridHoSo table',
  ],
} as const;

export const civilStatus: Adapter = {
  id: 'civil-status',
  exampleUrls: [
    'https://hotichdientu.moj.gov.vn/hotich/khai-sinh/chi-tiet/88231',
    'https://hotichdientu.moj.gov.vn/hotich/ket-hon/chi-tiet/1203',
    'https://hotichdientu.moj.gov.vn/hotich/tra-cuu',
    'http://127.0.0.1:4173/hotich/khai-tu/chi-tiet/2023',
  ],
  matches: (url) => /(?:^|\.)hotich/.test(hostOf(url)) || /^\/hotich(?:\/|$)/.test(pathOf(url)),
  readDossier(doc) {
    const form = selectFirst(doc, selectors.form);
    if (!form) return { adapter: null, dossier: null, missing: [] };
    return buildDossier('civil-status', readLabels(form), form);
  },
  readList(doc) {
    const table = selectFirstShown(doc, selectors.list);
    return table ? readList(table) : [];
  },
};
