// Bundled into a page by the benchmark: the same reading and flagging code the content script runs.
import { readDossier, readListRows } from '../../utils/dossier';
import { withDeadlines } from '../../utils/page/list-deadlines';
import { clearRowMarks, markRows } from '../../utils/page/row-marks';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

/** Reads and flags the list once; returns the milliseconds it took and the rows read. */
function readAndFlag(): { ms: number; rows: number } {
  clearRowMarks(document);
  const start = performance.now();
  // As the content script does: a list page is first checked for a dossier.
  if (readDossier(document, location.href).dossier) throw new Error('a list page read as a dossier');
  const rows = withDeadlines(readListRows(document, location.href), Date.now(), DEFAULT_SETTINGS);
  markRows(
    document,
    rows.map(({ row, deadline }) => ({ row, level: deadline?.level ?? null })),
  );
  return { ms: performance.now() - start, rows: rows.length };
}

/** Reads the dossier of a detail page once; returns the milliseconds it took and the code read. */
function readDetail(): { ms: number; code: string } {
  const start = performance.now();
  const { dossier } = readDossier(document, location.href);
  return { ms: performance.now() - start, code: dossier?.code ?? '' };
}

/**
 * Grows a fixture's list to `target` dossier rows by copying the rows it reads, each beside its own rows (in its
 * own table, after its padding), so a ten-row page from a real system is measured at a thousand rows of its own
 * markup. Returns how many rows are read afterwards.
 */
function growList(target: number): number {
  const rows = readListRows(document, location.href).map((r) => r.row);
  for (let i = 0; rows.length > 0 && i < target - rows.length; i += 1) {
    const row = rows[i % rows.length] as Element;
    row.parentElement?.append(row.cloneNode(true));
  }
  return readListRows(document, location.href).length;
}

Object.assign(window, { __mcttReadAndFlag: readAndFlag, __mcttReadDetail: readDetail, __mcttGrowList: growList });
