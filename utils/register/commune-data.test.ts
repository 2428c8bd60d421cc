import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  communeMonths,
  EMPTY_COMMUNE,
  importDeskTexts,
  mergeDeskFile,
  normalisedCommune,
  withoutDesk,
} from './commune-data';
import { clearCommune, importDeskFiles, readCommune } from './commune-store';
import { deskFileOf, deskId, deskMonth } from './commune-test-fixtures';
import { exportDeskFile } from './desk-file';

const OCT = deskMonth('2026-10', { seen: 10, returned: 8, onTime: 7, birth: 2, greeted: 9 });
const NOV = deskMonth('2026-11', { seen: 12, returned: 10, onTime: 10, apology: 1, greeted: 11 });
const NOV_LATER = deskMonth('2026-11', { seen: 20, returned: 18, onTime: 17, apology: 2, greeted: 19 });

const lan = deskFileOf(1, 'Bàn 1', [OCT, NOV], '2026-11-15T02:00:00.000Z');
const lanAtMonthEnd = deskFileOf(1, 'Bàn 1 – Hộ tịch', [NOV_LATER], '2026-11-30T09:00:00.000Z');

describe('merging desk files', () => {
  it('adds a new desk with its months, keyed by desk id and month', () => {
    const { data, outcome } = mergeDeskFile(EMPTY_COMMUNE, lan);
    expect(Object.keys(data.desks)).toEqual([deskId(1)]);
    expect(Object.keys(data.desks[deskId(1)]?.months ?? {})).toEqual(['2026-10', '2026-11']);
    expect(data.desks[deskId(1)]?.months['2026-11']?.dossiersSeen).toBe(12);
    expect(outcome).toMatchObject({ added: ['2026-10', '2026-11'], replaced: [], unchanged: [], keptNewer: [] });
  });

  it('importing the same file again changes nothing: the very same data comes back', () => {
    const once = mergeDeskFile(EMPTY_COMMUNE, lan).data;
    const twice = mergeDeskFile(once, lan);
    expect(twice.data).toBe(once);
    expect(twice.outcome).toMatchObject({ added: [], replaced: [], unchanged: ['2026-10', '2026-11'] });
  });

  it('a later file of the same desk replaces its month, never adds to it, and renames the desk', () => {
    const once = mergeDeskFile(EMPTY_COMMUNE, lan).data;
    const { data, outcome } = mergeDeskFile(once, lanAtMonthEnd);
    const desk = data.desks[deskId(1)];
    expect(desk?.months['2026-11']?.dossiersSeen).toBe(20);
    expect(desk?.months['2026-10']?.dossiersSeen).toBe(10);
    expect(desk?.name).toBe('Bàn 1 – Hộ tịch');
    expect(outcome).toMatchObject({ replaced: ['2026-11'], added: [] });
  });

  it('an earlier file never undoes a later one', () => {
    const later = mergeDeskFile(EMPTY_COMMUNE, lanAtMonthEnd).data;
    const { data, outcome } = mergeDeskFile(later, lan);
    expect(data.desks[deskId(1)]?.months['2026-11']?.dossiersSeen).toBe(20);
    // Its older month was not there yet: it is added.
    expect(data.desks[deskId(1)]?.months['2026-10']?.dossiersSeen).toBe(10);
    expect(data.desks[deskId(1)]?.name).toBe('Bàn 1 – Hộ tịch');
    expect(outcome).toMatchObject({ added: ['2026-10'], keptNewer: ['2026-11'] });
  });

  it('two desks with the same name stay two desks, and the import says so', () => {
    const first = mergeDeskFile(EMPTY_COMMUNE, deskFileOf(1, 'Bàn 1', [NOV])).data;
    const { data, outcome } = mergeDeskFile(first, deskFileOf(2, 'bàn 1', [NOV]));
    expect(Object.keys(data.desks)).toHaveLength(2);
    expect(outcome.sameNameAs).toEqual([deskId(1)]);
  });

  it('never changes the data it is given', () => {
    const once = mergeDeskFile(EMPTY_COMMUNE, lan).data;
    const frozen = structuredClone(once);
    mergeDeskFile(once, lanAtMonthEnd);
    expect(once).toEqual(frozen);
  });

  it('lists all months and drops one desk', () => {
    let data = mergeDeskFile(EMPTY_COMMUNE, lan).data;
    data = mergeDeskFile(data, deskFileOf(2, 'Bàn 2', [deskMonth('2026-09')])).data;
    expect(communeMonths(data)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(Object.keys(withoutDesk(data, deskId(1)).desks)).toEqual([deskId(2)]);
  });
});

describe('importing several files', () => {
  it('reads each file on its own: a refused file changes nothing, the others are merged', () => {
    const { data, results } = importDeskTexts(EMPTY_COMMUNE, [
      { fileName: 'ban-1.json', text: exportDeskFile(lan) },
      { fileName: 'sai.json', text: '{"app":"mot-cua-than-thien","format":"so-theo-doi","version":1}' },
      { fileName: 'ban-2.json', text: exportDeskFile(deskFileOf(2, 'Bàn 2', [NOV])) },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const refused = results[1];
    expect(refused?.ok === false && refused.errors).toEqual([
      '“exportedAt”: phải là thời điểm xuất tệp dạng ISO (2026-11-25T09:00:00.000Z) (đang là không có).',
      '“desk”: phải có mã và tên bàn (đối tượng JSON) (đang là không có).',
      '“months”: phải là danh sách các tháng (đang là không có).',
    ]);
    expect(Object.keys(data.desks).sort()).toEqual([deskId(1), deskId(2)]);
  });

  it('reads broken stored data as empty', () => {
    expect(normalisedCommune(null)).toEqual(EMPTY_COMMUNE);
    expect(normalisedCommune({ desks: [] })).toEqual(EMPTY_COMMUNE);
    expect(normalisedCommune('x')).toEqual(EMPTY_COMMUNE);
  });
});

describe('the stored combination', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept until the team lead clears it; a file imported again writes nothing', async () => {
    const files = [{ fileName: 'ban-1.json', text: exportDeskFile(lan) }];
    await importDeskFiles(files);
    const stored = await readCommune();
    expect(stored.desks[deskId(1)]?.months['2026-11']?.dossiersSeen).toBe(12);
    const writes: unknown[] = [];
    const listen = (changes: unknown) => writes.push(changes);
    fakeBrowser.storage.local.onChanged.addListener(listen);
    const again = await importDeskFiles(files);
    expect(again[0]?.ok && again[0].outcome.unchanged).toEqual(['2026-10', '2026-11']);
    expect(await readCommune()).toEqual(stored);
    expect(writes).toEqual([]);
    fakeBrowser.storage.local.onChanged.removeListener(listen);
    await clearCommune();
    expect(await readCommune()).toEqual(EMPTY_COMMUNE);
  });
});
