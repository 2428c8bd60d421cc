import { CATALOG } from '../portal/catalog.mjs';
import { renderPage } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';

for (const entry of CATALOG) {
  test(`${entry.path} — ${entry.title}`, async ({ page, portalUrl, serviceWorker, clock }) => {
    await page.goto(portalUrl + entry.path);
    const sidebar = new SidebarPage(page);

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
    } else if (entry.list) {
      await expect(sidebar.root.getByTestId('list-count')).toHaveText(String(entry.list.rows));
    } else {
      // Not a dossier: no sidebar until the officer asks for it from the toolbar.
      await page.waitForTimeout(500);
      await expect(page.locator('mctt-sidebar')).toHaveCount(0);
      await sidebar.clickToolbarButton(serviceWorker);
      await expect(sidebar.root.getByTestId('no-dossier')).toBeVisible();
    }
  });
}
