import { codeOfValue } from './code';
import { parseVietnameseDate } from './dates';
import { hasMoreChildren, hasMoreNodes, skipsText, textUpTo } from './dom-text';
import { type PersonCell, personCells } from './label-columns';
import {
  type Found,
  MAX_LABEL_TEXT,
  NEVER_LABELS,
  restOfLine,
  valueAfterColon,
  valueFor,
  valueText,
} from './label-value';
import {
  DATE_FIELDS,
  FALLBACK_KEYS,
  LABEL_INDEX,
  type LabelField,
  labelOf,
  SUBJECT_OF_NAME,
  type Subject,
  subjectOfTitle,
} from './labels';
import { hasTitleClass, isBoldLine, isTitle, procedureTitle } from './lines';
import { memoise } from './memo';
import { cleanValue, MAX_VALUE_LENGTH, normaliseLabel } from './text';
import { browserShows, rememberingUnseen } from './visibility';

export type LabelPairs = Partial<Record<LabelField, string>>;

/** What a page shows by label: the first valid value of each field, overall and per person section. */
export interface LabelReading {
  /** First value of each field wherever it appears. */
  all: LabelPairs;
  /** First value of each field outside any person's section. */
  record: LabelPairs;
  /** First value of each field inside each person's section. */
  subjects: Partial<Record<Subject, LabelPairs>>;
  /**
   * The first lines that name a procedure without a label (a header bar, a heading, a receipt's subtitle), with
   * where each was read: whether the browser shows it is asked only when one is used (see `shownTitle`).
   */
  titles: Found[];
}

// Bounds that keep a huge or hostile page cheap: every element costs a bounded amount of work, and the walk stops.
const MAX_ELEMENTS = 60_000;
const MAX_LABEL_HITS = 2_000;
const MAX_CHILD_NODES = 60;
// A hidden copy of the procedure's line may come before the one shown: a few are kept.
const MAX_TITLES = 3;
const MAX_INLINE_TEXT = MAX_LABEL_TEXT + MAX_VALUE_LENGTH;
const INLINE_PAIR = /^([^:：]{2,80}?)\s*[:：]\s*(.*)$/s;
// Pairs written on one line ("Họ tên chồng: An — Quốc tịch: Việt Nam") are split at spaced dashes, bars and dots.
const INLINE_SEPARATORS = /\n|\s[—–|·]\s/;

const SECTIONS = new Set(['section', 'article', 'fieldset', 'table', 'mat-card', 'mat-expansion-panel']);
const SECTION_CLASS = /(?:^|\s)(?:card|panel|box|section|mat-card|v-card|ant-card|el-card)(?=\s|$)/;
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar', 'contentinfo', 'banner']);
// A row group this long is a list's body: no detail page has so many fields, so its labels are not read.
const MAX_FIELD_ROWS = 100;
const ROW_GROUPS = new Set(['tbody', 'thead', 'mat-table', 'cdk-table']);

// The same labels come back on every re-read of a page (SPA updates): remember their keys.
const labelKey = memoise(normaliseLabel, 2_000);

interface Context {
  subject: Subject;
  /** The section element the context ends with; null when it lasts until the next title. */
  scope: Element | null;
}

/** Site chrome that repeats the agency's own address, phone and menus: never the dossier. */
function isChrome(el: Element): boolean {
  const name = el.localName;
  if (name === 'nav' || name === 'footer') return true;
  if (name === 'aside' && /(?:^|\s)v-navigation-drawer(?=\s|$)/.test(el.getAttribute('class') ?? '')) return true;
  if (name === 'header' && !el.closest('main, article, section')) return true;
  const role = el.getAttribute('role');
  return role !== null && NAVIGATION_ROLES.has(role);
}

/** The element a section title governs: its fieldset, table, card or section; null if none is close. */
function scopeOf(heading: Element): Element | null {
  if (heading.localName === 'th') return heading.closest('table');
  let el = heading.parentElement;
  for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
    if (SECTIONS.has(el.localName) || SECTION_CLASS.test(el.getAttribute('class') ?? '')) return el;
  }
  return null;
}

/** A list body: its rows are dossiers, not fields. */
const isLongRowGroup = (el: Element): boolean =>
  (ROW_GROUPS.has(el.localName) || el.getAttribute('role') === 'rowgroup') && hasMoreChildren(el, MAX_FIELD_ROWS);

/** The next element in document order, skipping the current element's subtree when asked. */
function nextElement(el: Element, root: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
  return node && node !== root ? node.nextElementSibling : null;
}

/**
 * A field's value as the page shows it, or undefined when it fails the field's own check, so that a later label
 * of the same field is tried: a date field needs a date, a code a code ("Mã hồ sơ: [Tra cứu]" in a search form is
 * not one; "000.00.31.H01-250915-0001 Hồ sơ nộp trực tuyến" gives its code).
 */
function validValue(field: LabelField, raw: string): string | undefined {
  const value = cleanValue(raw);
  if (!value) return undefined;
  // An empty value cell followed by the next label must not swallow that label.
  if (value.length <= MAX_LABEL_TEXT && !/\d/.test(value) && LABEL_INDEX.has(normaliseLabel(value))) return undefined;
  if (field === 'code') return codeOfValue(value);
  if (DATE_FIELDS.has(field) && !parseVietnameseDate(value)) return undefined;
  return NAME_FIELDS.has(field) ? nameOf(value) : value;
}

const NAME_FIELDS: ReadonlySet<LabelField> = new Set([
  'applicantName',
  'childName',
  'husbandName',
  'wifeName',
  'deceasedName',
  'personName',
]);
// A note in brackets after a name ("Võ Thị Hồng (Người được ủy quyền)"); a bracket alone is a form's caption
// ("(Ký và ghi rõ họ tên)" under a signature line), never a name.
const NAME_NOTE = /\s*[(（][^()（）]*[)）]\s*$/;

/** A person's name without its bracketed note; undefined for a caption in brackets. */
function nameOf(value: string): string | undefined {
  return value.replace(NAME_NOTE, '') || undefined;
}

/** Fills the first value of each field, overall and by whose section it is in. */
function fill(reading: Pairs, field: LabelField, value: string, subject: Subject | undefined): void {
  const { all, record, subjects } = reading;
  all[field] ??= value;
  if (!subject) record[field] ??= value;
  // Spread last: a value already read for this person wins.
  else subjects[subject] = { [field]: value, ...subjects[subject] };
}

type Pairs = Omit<LabelReading, 'titles'>;

/** Pairs of `fallback` fill only what `reading` lacks. */
function merge(reading: Pairs, fallback: Pairs): Pairs {
  const subjects = { ...reading.subjects };
  for (const [subject, pairs] of Object.entries(fallback.subjects) as [Subject, LabelPairs][]) {
    subjects[subject] = { ...pairs, ...subjects[subject] };
  }
  return { all: { ...fallback.all, ...reading.all }, record: { ...fallback.record, ...reading.record }, subjects };
}

/** Pairs without any due date: the dossier has one due date, whoever's fields a label was read among. */
function withoutDueDate(pairs: Pairs): Pairs {
  const drop = ({ dueAt: _, ...rest }: LabelPairs): LabelPairs => rest;
  const subjects: Pairs['subjects'] = {};
  for (const [subject, fields] of Object.entries(pairs.subjects) as [Subject, LabelPairs][]) {
    subjects[subject] = drop(fields);
  }
  return { all: drop(pairs.all), record: drop(pairs.record), subjects };
}

class Collector {
  readonly reading: Pairs = { all: {}, record: {}, subjects: {} };
  readonly fallback: Pairs = { all: {}, record: {}, subjects: {} };
  /**
   * The due date's own label with no date ("Ngày hẹn trả: Chưa có ngày hẹn trả"): a procedure without a set duration,
   * so a step's deadline ("Hạn xử lý") must not stand in for it, if the browser shows that label.
   */
  emptyDueLabel: Element | undefined;
  context: Context | undefined;
  hits = 0;
  readonly titles: Found[] = [];
  /** Tables that set people side by side, by table (null: not such a table). */
  readonly personTables = new WeakMap<Element, Array<Subject | undefined> | null>();

  /**
   * Keeps a label's value when it passes its field's check and the browser shows both. The browser is asked only
   * here, for the few values kept: asking for every label would compute the style of a whole list page.
   */
  add(field: LabelField, key: string, found: Found, label: Element): void {
    const into = FALLBACK_KEYS.has(key) ? this.fallback : this.reading;
    const subject = this.context?.subject;
    // Already read where this value would go: a repeated label (a history table's "Trạng thái") costs nothing.
    if (into.all[field] !== undefined && (subject ? into.subjects[subject]?.[field] : into.record[field]) !== undefined)
      return;
    const value = validValue(field, found.text);
    if (value === undefined) {
      if (field === 'dueAt' && into === this.reading && !/\d/.test(found.text)) this.emptyDueLabel ??= label;
      return;
    }
    // A hidden copy (a tooltip or print block styled away) repeats labels with stale or template values.
    if (!browserShows(label) || (found.from !== label && !browserShows(found.from))) return;
    fill(into, field, value, subject);
  }

  /** What was read, fallback labels filling only what the others left empty. */
  result(): LabelReading {
    // The browser is asked only when a step's deadline would fill the due date: asking costs a list page its style.
    const noDueDate =
      this.emptyDueLabel !== undefined &&
      this.reading.all.dueAt === undefined &&
      this.fallback.all.dueAt !== undefined &&
      browserShows(this.emptyDueLabel);
    const fallback = noDueDate ? withoutDueDate(this.fallback) : this.fallback;
    return { ...merge(this.reading, fallback), titles: this.titles };
  }

  /** A field's label was found: names also say whose fields follow. */
  label(field: LabelField, key: string, found: Found, label: Element): void {
    this.hits += 1;
    const subject = SUBJECT_OF_NAME[field];
    if (subject) this.context = { subject, scope: this.context?.scope ?? null };
    this.add(field, key, found, label);
  }

  /** A label in a table of people side by side: each column's value is its person's. */
  people(field: LabelField, key: string, cells: readonly PersonCell[], label: Element): void {
    this.hits += 1;
    const saved = this.context;
    for (const { cell, subject } of cells) {
      this.context = { subject, scope: null };
      this.add(field, key, { text: valueText(cell), from: cell }, label);
    }
    this.context = saved;
  }

  /** "Label: value" written as text, one pair per line, the last value possibly in the next element. */
  inline(el: Element): void {
    if (hasMoreNodes(el, MAX_CHILD_NODES)) return;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      const text = node.nodeType === 3 ? (node.nodeValue ?? '') : '';
      if (text.length > MAX_INLINE_TEXT || !/[:：]/.test(text)) continue;
      const pieces = text.split(INLINE_SEPARATORS);
      pieces.forEach((piece, index) => {
        const pair = INLINE_PAIR.exec(piece.trim());
        const named = pair ? labelOf(pair[1] ?? '', labelKey(pair[1] ?? '')) : undefined;
        if (!pair || !named) return;
        const { field, key } = named;
        const last = index === pieces.length - 1;
        const value = pair[2] ?? '';
        // A value that fails its field's check alone may go on in the next elements of its line.
        const found: Found = (!value && last && valueAfterColon(node, el)) || {
          text: last && value && validValue(field, value) === undefined ? value + restOfLine(node) : value,
          from: el,
        };
        this.label(field, key, found, el);
      });
    }
  }

  /** Reads one element. */
  visit(el: Element): void {
    if (this.context?.scope && !this.context.scope.contains(el)) this.context = undefined;
    const short = hasMoreChildren(el, 3) ? '' : textUpTo(el, MAX_LABEL_TEXT);
    // Labels and titles have no digits; values (dates, codes, phones) mostly do: skip them cheaply.
    const key = short && short.length <= MAX_LABEL_TEXT && !/\d/.test(short) ? labelKey(short) : '';
    const named = key && !NEVER_LABELS.has(el.localName) ? labelOf(short, key) : undefined;
    const field = named?.field;
    if (key && (isTitle(el) || (!field && (hasTitleClass(el) || isBoldLine(el))))) {
      const subject = subjectOfTitle(key);
      // Any title ends the previous person's section; only a person's title opens a new one.
      this.context = subject ? { subject, scope: scopeOf(el) } : undefined;
      if (subject) return;
    }
    if (!field) {
      // Cheap tests first: most elements are not a short line starting with a procedure's opening.
      const title = this.titles.length < MAX_TITLES && short ? procedureTitle(el, short) : undefined;
      if (title) this.titles.push({ text: title, from: el });
      this.inline(el);
      return;
    }
    if (!named) return;
    const people = personCells(el, this.personTables);
    if (people && people.length > 0) {
      this.people(field, named.key, people, el);
      return;
    }
    const found = valueFor(el, short);
    if (found !== null) this.label(field, named.key, found, el);
  }
}

/**
 * Collects field values by their normalised label text in div grids, tables (th/td and td/td), definition lists,
 * `<label>` + value pairs (read-only inputs and selects, Material and Vuetify fields included) and "Label: value"
 * text. Section titles and name labels decide whose fields follow (applicant, child, spouses, deceased). Only what
 * is shown counts: hidden copies and icon words are skipped. The first valid value of a repeated label wins (a
 * date field's "Invalid date" lets the next one through). Work is linear in the page and capped; values are plain
 * text, never markup.
 */
export const readLabels = (root: Element): LabelReading => rememberingUnseen(() => collect(root));

function collect(root: Element): LabelReading {
  const collector = new Collector();
  let el: Element | null = root;
  for (let visited = 0; el && visited < MAX_ELEMENTS && collector.hits < MAX_LABEL_HITS; visited += 1) {
    const skip = el !== root && (skipsText(el) || isChrome(el) || isLongRowGroup(el));
    if (!skip) collector.visit(el);
    el = nextElement(el, root, skip);
  }
  return collector.result();
}

/**
 * The procedure named by the first line of `reading.titles` the browser shows. Asked only when a page's procedure
 * has no label: on a list page just marked, asking would make the browser restyle every row.
 */
export function shownTitle(reading: LabelReading): string | undefined {
  return reading.titles.find((title) => browserShows(title.from))?.text;
}
