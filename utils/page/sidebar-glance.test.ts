import { describe, expect, it } from 'vitest';
import type { Dossier, DossierStatus, DossierSummary } from '../dossier/types';
import { BIRTH } from '../letters/test-fixtures';
import type { ManualEntry } from '../manual-entry/manual-entry';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { withDeadlines } from './list-deadlines';
import { glanceOf } from './sidebar-glance';

// Wednesday 25/11/2026, 10:00 in Vietnam.
const NOW = Date.parse('2026-11-25T10:00:00+07:00');
const ROW = {} as Element;

const onDossier = (dossier: Partial<Dossier>, manualEntry: ManualEntry | null = null) =>
  glanceOf({
    reading: { adapter: 'igate', dossier: { ...BIRTH, code: 'H-1', ...dossier }, missing: [] },
    manualEntry,
    list: [],
    now: NOW,
    settings: DEFAULT_SETTINGS,
    pageKind: 'dossier',
  });

const onList = (rows: Array<[string, DossierStatus]>) => {
  const summaries = rows.map(
    ([dueAt, status], i): DossierSummary => ({
      code: `H-${i}`,
      procedureName: 'Đăng ký khai sinh',
      kind: 'birth',
      status,
      statusText: '',
      applicantName: 'A',
      dueAt,
    }),
  );
  return glanceOf({
    reading: { adapter: 'igate', dossier: null, missing: [] },
    manualEntry: null,
    list: withDeadlines(
      summaries.map((summary) => ({ row: ROW, summary })),
      NOW,
      DEFAULT_SETTINGS,
    ),
    now: NOW,
    settings: DEFAULT_SETTINGS,
    pageKind: 'list',
  });
};

describe('glanceOf', () => {
  it.each<[string, Partial<Dossier>, string, string, string]>([
    ['overdue', { status: 'processing', dueAt: '2026-11-20' }, 'overdue', '✖', 'Quá hạn'],
    ['due today', { status: 'processing', dueAt: '2026-11-25' }, 'due-today', '●', 'Hạn trả hôm nay'],
    ['in the citizen’s hands', { status: 'supplement', dueAt: '2026-11-20' }, 'waiting', '○', 'Chờ công dân'],
    ['with its result ready', { status: 'result-ready', dueAt: '2026-11-20' }, 'closed', '✓', 'Đã xong'],
    ['without a due date', { status: 'processing', dueAt: undefined }, 'unknown', '?', 'Chưa rõ hạn'],
  ])('a dossier %s: its level in a symbol and a word or two, with its code', (_, dossier, level, icon, word) => {
    expect(onDossier(dossier)).toMatchObject({ level, icon, word, code: 'H-1' });
  });

  it('follows the officer’s corrections (a due date typed by hand)', () => {
    const glance = onDossier({ status: 'processing', dueAt: undefined }, { dueAt: '2026-11-20' });
    expect(glance.level).toBe('overdue');
    expect(glance.detail).toMatch(/^Quá hạn \d+ ngày làm việc$/);
  });

  it('a list: how many need attention, the most urgent level first; waiting and finished rows are no alarm', () => {
    expect(
      onList([
        ['2026-11-27', 'processing'],
        ['2026-11-20', 'processing'],
        ['2026-11-20', 'supplement'],
        ['2026-11-20', 'returned'],
        ['2026-12-20', 'processing'],
      ]),
    ).toMatchObject({ level: 'overdue', word: '2 cần xử lý', detail: '2 hồ sơ cần xử lý gấp' });
    expect(
      onList([
        ['2026-11-20', 'supplement'],
        ['2026-12-20', 'processing'],
      ]),
    ).toMatchObject({ level: 'ok', detail: '2 hồ sơ, chưa có hồ sơ gấp' });
  });

  it('nothing recognised on the page: nothing to show', () => {
    const glance = glanceOf({
      reading: { adapter: null, dossier: null, missing: [] },
      manualEntry: null,
      list: [],
      now: NOW,
      settings: DEFAULT_SETTINGS,
      pageKind: 'none',
    });
    expect(glance.level).toBeNull();
  });
});
