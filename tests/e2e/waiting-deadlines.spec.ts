import { expect, test } from './fixtures';
import { openAsOffice } from './office';
import { openProcessingList } from './sidebar-page';

// Whose clock: time the citizen spends supplementing and a result ready by the appointment are not the office's
// delay. However old the return date, such a dossier is never overdue and never offered an apology.

test('a dossier waiting for the citizen’s documents is “waiting”: no overdue flag, no apology', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/p/home/dvc-tra-cuu-ho-so.html`);
  await expect(sidebar.badge).toHaveAttribute('data-level', 'waiting');
  // The return date long past: still the citizen's turn.
  await sidebar.enterByHand({ 'Ngày hẹn trả': clock.day(-10) });
  await expect(sidebar.badge).toHaveAttribute('data-level', 'waiting');
  await expect(sidebar.badge).toContainText('chờ công dân bổ sung');
  await expect(sidebar.apologyPrompt).toHaveCount(0);
  await expect(sidebar.letterButton('apology')).toHaveCount(0);
  await expect(sidebar.root.getByTestId('script-card')).toHaveAttribute('data-stage', 'supplement');
});

test('a dossier whose result is ready is “closed”: no overdue flag, no apology; the portal’s own status counts', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/hotich/khai-tu/chi-tiet/2023`);
  await expect(sidebar.badge).toHaveAttribute('data-level', 'closed');
  await sidebar.enterByHand({ 'Ngày hẹn trả': clock.day(-10) });
  await expect(sidebar.badge).toHaveAttribute('data-level', 'closed');
  await expect(sidebar.apologyPrompt).toHaveCount(0);
  await expect(sidebar.letterButton('apology')).toHaveCount(0);

  // A late dossier the officer marks as paused stops the clock too.
  await page.goto(`${portalUrl}/vi/dossier/processing/1014`);
  await expect(sidebar.badge).toHaveAttribute('data-level', 'overdue');
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-state', 'offered');
  await sidebar.enterByHand({ 'Trạng thái': 'Tạm dừng' });
  await expect(sidebar.badge).toHaveAttribute('data-level', 'waiting');
  await expect(sidebar.apologyPrompt).toHaveCount(0);
});

test('list rows: supplement rows are marked “waiting”, result-ready rows carry no mark, neither is counted', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await openProcessingList(page, portalUrl);
  const marks = await page.locator('tr.mat-row').evaluateAll((rows) =>
    rows.map((row) => ({
      status: row.lastElementChild?.textContent?.trim() ?? '',
      mark: row.getAttribute('data-mctt-level'),
    })),
  );
  const supplement = marks.filter((r) => r.status === 'Chờ bổ sung');
  const ready = marks.filter((r) => r.status === 'Đã có kết quả');
  expect(supplement.length).toBeGreaterThan(0);
  expect(ready.length).toBeGreaterThan(0);
  expect(new Set(supplement.map((r) => r.mark))).toEqual(new Set(['waiting']));
  expect(new Set(ready.map((r) => r.mark))).toEqual(new Set([null]));
  await expect(sidebar.root.locator('[data-testid="level-counts"] [data-level="waiting"]')).toHaveAttribute(
    'data-count',
    String(supplement.length),
  );
  // None of them is among the urgent rows.
  const urgent = await sidebar.root
    .getByTestId('urgent-rows')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-level')));
  expect(urgent.every((level) => level === 'overdue' || level === 'due-today' || level === 'soon')).toBe(true);
});
