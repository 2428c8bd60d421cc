import { buildDossier, type SubjectPairs } from '../build-dossier';
import { readLabelPairs } from '../label-reader';
import { readTableList } from '../table-list-reader';
import { normaliseLabel } from '../text';
import type { Adapter } from '../types';
import { hostOf, pathOf, selectFirst } from './select';

/** The Ministry of Justice civil-status software (hộ tịch điện tử): table forms with one section per person. */
export const selectors = {
  form: [
    // the record form
    '.ht-form',
    // print view of the same form
    '#frmHoTich',
  ],
  sections: [
    // one fieldset per person on the record
    'fieldset.ht-section',
  ],
  sectionTitle: [
    // the fieldset's legend names the person
    'legend',
  ],
  list: [
    // search results grid
    'table.ht-grid',
  ],
} as const;

/** Section titles (normalised) → which subject they describe. */
const SECTION_TITLES: Array<[RegExp, keyof SubjectPairs]> = [
  [/nguoi duoc khai sinh|tre duoc khai sinh/, 'child'],
  [/\bchong\b|ben nam/, 'husband'],
  [/\bvo\b|ben nu/, 'wife'],
  [/nguoi chet|nguoi da mat|nguoi duoc khai tu/, 'deceased'],
];

function readSubjects(form: Element): SubjectPairs {
  const subjects: SubjectPairs = {};
  for (const section of form.querySelectorAll(selectors.sections[0])) {
    const title = normaliseLabel(selectFirst(section, selectors.sectionTitle)?.textContent ?? '');
    const subject = SECTION_TITLES.find(([pattern]) => pattern.test(title))?.[1];
    if (subject && !subjects[subject]) subjects[subject] = readLabelPairs(section);
  }
  return subjects;
}

export const civilStatus: Adapter = {
  id: 'civil-status',
  exampleUrls: [
    'https://hotichdientu.moj.gov.vn/hotich/khai-sinh/chi-tiet/88231',
    'https://hotichdientu.moj.gov.vn/hotich/ket-hon/chi-tiet/1203',
    'https://hotichdientu.moj.gov.vn/hotich/tra-cuu',
  ],
  matches: (url) => /(^|\.)hotich/.test(hostOf(url)) || /^\/hotich(\/|$)/.test(pathOf(url)),
  readDossier(doc) {
    const form = selectFirst(doc, selectors.form);
    if (!form) return { adapter: null, dossier: null, missing: [] };
    // Person sections repeat labels like "Họ, chữ đệm, tên": read the record's own fields outside them.
    const outside = form.cloneNode(true) as Element;
    for (const section of outside.querySelectorAll(selectors.sections[0])) section.remove();
    return buildDossier('civil-status', readLabelPairs(outside), readSubjects(form), outside.textContent ?? '');
  },
  readList(doc) {
    const table = selectFirst<HTMLTableElement>(doc, selectors.list);
    return table ? readTableList(table) : [];
  },
};
