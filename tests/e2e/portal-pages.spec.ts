import { createCalendar, dossierLevel } from '../../utils/deadline';
import { CATALOG, type ExpectedRow } from '../portal/catalog.mjs';
import { renderPage } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';
import type { TestClock } from './vn-date';

for (const entry of CATALOG) {
  test(`${entry.path} — ${entry.title}`, async ({ page, portalUrl, serviceWorker, clock }) => {
    const sidebar = await SidebarPage.open(page, portalUrl + entry.path);

    if (entry.expected) {
      const { expected } = entry;
      await expect(sidebar.code).toHaveText(renderPage(expected.code, clock.today));
      await expect(page.locator('mctt-sidebar')).toHaveCount(1);
      await expect(sidebar.kind).toHaveAttribute('data-kind', expected.kind);
      if (expected.receivedOffsetDays !== undefined) {
        await expect(sidebar.received).toHaveAttribute(
          'datetime',
          new RegExp(`^${clock.day(expected.receivedOffsetDays)}`),
        );
      }
      if (expected.dueOffsetDays !== undefined) {
        await expect(sidebar.due).toHaveAttribute('datetime', new RegExp(`^${clock.day(expected.dueOffsetDays)}`));
      } else {
        await expect(sidebar.root.getByTestId('missing-fields').locator('[data-field="dueAt"]')).toBeVisible();
      }
      if (expected.applicantName) await expect(sidebar.field('dossier-applicant')).toHaveText(expected.applicantName);
      await expect(sidebar.field('dossier-procedure')).toHaveText(expected.procedureName);
      if (expected.statusText) {
        await expect(sidebar.field('dossier-status').locator('[data-status]')).toHaveAttribute(
          'data-status',
          expected.status,
        );
      }
      // The people the record is about: the child, the couple (husband first), the deceased.
      if (expected.child) await expect(sidebar.field('subject-child')).toContainText(expected.child.name);
      if (expected.spouses) {
        await expect(sidebar.field('subject-spouses')).toHaveText(expected.spouses.map((s) => s.name).join(' và '));
      }
      if (expected.deceased) await expect(sidebar.field('subject-deceased')).toContainText(expected.deceased.name);
      const missing = sidebar.root.getByTestId('missing-fields').locator('[data-field]');
      await expect
        .poll(() => missing.evaluateAll((items) => items.map((li) => li.getAttribute('data-field')).sort()))
        .toEqual([...expected.missing].sort());
    } else if (entry.list) {
      await expect(sidebar.root.getByTestId('list-count')).toHaveText(String(entry.list.rows));
    } else {
      // Not a dossier: once the page is read, no sidebar until the officer asks for it from the toolbar.
      expect(await sidebar.presence(serviceWorker)).toBe('absent');
      await expect(page.locator('mctt-sidebar')).toHaveCount(0);
      await sidebar.clickToolbarButton(serviceWorker);
      await expect(sidebar.root.getByTestId('no-dossier')).toBeVisible();
    }
  });
}

// The list pages modelled on real systems catalogue each row: its mark must follow its due date and whose turn it is
// (utils/deadline/whose-clock.ts): a row in the citizen's hands is 'waiting', and finished rows, rows whose result is
// ready and rows without a due date carry none.
const calendar = createCalendar();

function expectedMark(item: ExpectedRow, clock: TestClock): string | null {
  if (item.finished) return null;
  const day = item.dueOffsetDays === undefined ? undefined : clock.day(item.dueOffsetDays);
  const dueAt = day && item.dueTime ? `${day}T${item.dueTime}:00+07:00` : day;
  const level = dossierLevel({ dueAt, status: item.status }, clock.now(), calendar)?.level ?? null;
  return level === 'closed' ? null : level;
}

for (const entry of CATALOG.filter((e) => e.list?.items)) {
  test(`${entry.path} — each row's deadline mark`, async ({ page, portalUrl, clock }) => {
    const sidebar = await SidebarPage.open(page, portalUrl + entry.path);
    await expect(sidebar.root.getByTestId('list-count')).toHaveText(String(entry.list?.rows));
    for (const item of entry.list?.items ?? []) {
      const expected = expectedMark(item, clock);
      const code = renderPage(item.code, clock.today);
      // The row that shows the code: a cell holding exactly it (short receipt numbers), else one containing it.
      const mark = () =>
        page.evaluate((c) => {
          const rows = Array.from(document.querySelectorAll('tr'));
          const cells = (tr: Element) => Array.from(tr.children).map((td) => td.textContent?.trim() ?? '');
          const row =
            rows.find((tr) => cells(tr).includes(c)) ?? rows.find((tr) => cells(tr).some((t) => t.includes(c)));
          return row ? row.getAttribute('data-mctt-level') : 'no row';
        }, code);
      await expect.poll(mark, { message: code }).toBe(expected);
    }
  });
}
