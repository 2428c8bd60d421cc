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

Object.assign(window, { __mcttReadAndFlag: readAndFlag });
