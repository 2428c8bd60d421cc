import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium.mjs';
import { CATALOG } from '../portal/catalog.mjs';
import { renderPage } from '../portal/render.mjs';
import { expect, setExtensionToday, test } from './fixtures';
import { printBirthCongratulation } from './office';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';
import { readStorage, storedRegister, writeStorage } from './storage-access';
import { shownDay } from './vn-date';

const DETAIL_PAGES = CATALOG.filter((e) => e.expected && e.file !== 'spa.html' && e.file !== 'hostile.html');

test('a “4 xin” tick and a correction typed in one tab show in another tab of the same dossier', async ({
  context,
  portalUrl,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) await page.goto(`${portalUrl}/vi/dossier/processing/1012`);
  const [left, right] = [new SidebarPage(a), new SidebarPage(b)];
  await expect(right.root.getByTestId('script-card').getByLabel('Đã chào')).not.toBeChecked();

  await a.bringToFront();
  await left.root.getByTestId('script-card').getByLabel('Đã chào').check();
  await expect(right.root.getByTestId('script-card').getByLabel('Đã chào')).toBeChecked();
  await b.bringToFront();
  await right.root.getByTestId('script-card').getByLabel('Đã cảm ơn').check();
  await expect(left.root.getByTestId('script-card').getByLabel('Đã cảm ơn')).toBeChecked();

  await a.bringToFront();
  await left.root.getByText('Sửa hoặc nhập thông tin bằng tay').click();
  // Typed as the officer types it (dd/mm/yyyy), and shown so in the other tab.
  await left.manualEntry.getByLabel('Ngày hẹn trả').fill(shownDay('2030-01-15'));
  await left.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await expect(right.due).toHaveAttribute('datetime', '2030-01-15');
  await right.root.getByText('Sửa hoặc nhập thông tin bằng tay').click();
  await expect(right.manualEntry.getByLabel('Ngày hẹn trả')).toHaveValue(shownDay('2030-01-15'));
});

test('six tabs opening six dossiers at once record six dossiers seen', async ({
  context,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const entries = DETAIL_PAGES.slice(0, 6);
  expect(entries).toHaveLength(6);
  const pages = await Promise.all(entries.map(() => context.newPage()));
  await Promise.all(pages.map((page, i) => page.goto(portalUrl + entries[i]?.path)));
  const codes = entries.map((e) => renderPage(e.expected?.code ?? '', clock.today)).sort();
  await expect
    .poll(async () => (await storedRegister(serviceWorker)).seen.map((r) => r.code).sort(), { timeout: 15_000 })
    .toEqual(codes);
});

test('a page that changes its dossier code every 100 ms cannot flood the register', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  await page.goto(`${portalUrl}/vi/dossier/processing/1012`);
  await expect(new SidebarPage(page).code).toHaveText(/-0012$/);
  await page.evaluate(() => {
    const w = window as unknown as { __cycled: number };
    const cell = [...document.querySelectorAll('.col-md-9')].find((el) => /-0012$/.test(el.textContent ?? ''));
    w.__cycled = 0;
    setInterval(() => {
      w.__cycled += 1;
      if (cell) cell.textContent = `000.17.22.H56-261124-${String(5000 + w.__cycled)}`;
    }, 100);
  });
  // Forty codes shown (four seconds on a quiet machine; as long as it takes on a busy one), each for 100 ms.
  await page.waitForFunction(() => (window as unknown as { __cycled: number }).__cycled >= 40, null, {
    timeout: 30_000,
  });
  const cycled = (await storedRegister(serviceWorker)).seen.filter((r) => /-5\d{3}$/.test(r.code));
  // The sidebar followed the page, but no code stayed long enough to count as seen.
  await expect(new SidebarPage(page).code).toHaveText(/-5\d{3}$/);
  expect(cycled.length).toBeLessThanOrEqual(1);
});

test('a print job is gone from the session once the print page has read it', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const { print } = await printBirthCongratulation(page, serviceWorker, portalUrl);
  await expect(print.getByTestId('print-ready')).toBeVisible();
  const session = await readStorage(serviceWorker, 'session');
  expect(Object.keys(session).filter((key) => key.startsWith('print:'))).toEqual([]);
  // What the sidebar keeps for the dossier is in the session, behind the background.
  expect(Object.keys(session).some((key) => key.startsWith('dossier:'))).toBe(true);
});

test('“Xóa sổ theo dõi” empties the register after a confirmation', async ({ context, extensionId, serviceWorker }) => {
  await writeStorage(serviceWorker, 'local', {
    register: {
      letters: [{ id: 'a-0', printedAt: '2026-11-20T03:00:00.000Z', kind: 'condolence', dossierCode: 'H-1' }],
      seen: [{ month: '2026-11', code: 'H-1', kind: 'death', outcome: 'open' }],
      courtesy: { '2026-11': { greeted: 2 } },
    },
  });
  const options = await OptionsPage.open(context, extensionId);
  const report = options.page.getByTestId('monthly-report');
  await expect(report.getByTestId('report-table')).toContainText(/Hồ sơ đã xem\s*1/);
  await report.getByRole('button', { name: 'Xóa sổ theo dõi' }).click();
  await report.getByRole('button', { name: 'Thôi' }).click();
  expect((await storedRegister(serviceWorker)).seen).toHaveLength(1);

  await report.getByRole('button', { name: 'Xóa sổ theo dõi' }).click();
  await report.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(report.getByTestId('register-clear')).toContainText('Đã xóa sổ theo dõi.');
  await expect(report.getByTestId('report-table')).toContainText(/Hồ sơ đã xem\s*0/);
  expect(await storedRegister(serviceWorker)).toEqual({ letters: [], seen: [], courtesy: {} });
});

test('the register is pruned to its retention when the browser starts', async ({ today }) => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'mctt-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() });
  try {
    const first = await launch();
    await setExtensionToday(first, today);
    const worker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
    await writeStorage(worker, 'local', {
      register: {
        letters: [],
        seen: [
          { month: '2024-01', code: 'OLD-1', kind: 'other', outcome: 'open' },
          { month: today.slice(0, 7), code: 'NEW-1', kind: 'other', outcome: 'open' },
        ],
        courtesy: { '2024-01': { greeted: 1 } },
      },
    });
    await first.close();

    const second = await launch();
    try {
      const restarted = second.serviceWorkers()[0] ?? (await second.waitForEvent('serviceworker'));
      await expect.poll(async () => (await storedRegister(restarted)).seen.map((r) => r.code)).toEqual(['NEW-1']);
      expect((await storedRegister(restarted)).courtesy).toEqual({});
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
