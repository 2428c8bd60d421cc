import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './fixtures';
import { withPolicyBrowser } from './managed-policy';
import { writeSettings } from './office';
import { OptionsPage } from './options-page';
import { readPdf } from './print-page';
import { SidebarPage } from './sidebar-page';
import { storedRegister } from './storage-access';
import { sheetNames, zipEntries } from './zip-entries';

/** One officer's browser: a profile of its own (its own user-data dir), with the extension on the test's day. */
async function officerBrowser(today: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mctt-officer-'));
  const context = await launchWithExtension(today, { userDataDir: dir });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Officer = Awaited<ReturnType<typeof officerBrowser>>;

/** On the demo portal: prints one letter from the sidebar and ticks some of the "4 xin". */
async function workOnDossier(officer: Officer, url: string, letter: string, ticks: string[]) {
  const sidebar = await SidebarPage.open(await officer.context.newPage(), url);
  const print = await sidebar.printLetter(letter);
  await print.close();
  const card = sidebar.root.getByTestId('script-card');
  for (const tick of ticks) {
    await card.getByLabel(tick).check();
    await expect(card.getByLabel(tick)).toBeChecked();
  }
  // The dossier counts as seen once the page is read in idle time: the page stays open until the register has it.
  await expect.poll(async () => (await storedRegister(officer.worker)).seen.length).toBeGreaterThan(0);
  await sidebar.page.close();
}

/** Names the desk on the options page and exports its register; returns the file's path. */
async function exportDesk(officer: Officer, deskName: string, expected: RegExp): Promise<string> {
  const { page: options } = await OptionsPage.open(officer.context, officer.extensionId);
  // The register has recorded what was done before it is exported.
  await expect(options.getByTestId('monthly-report').getByTestId('report-table')).toContainText(expected);
  const panel = options.getByTestId('desk-export');
  await expect(panel.getByRole('button', { name: 'Xuất sổ theo dõi' })).toBeDisabled();
  await panel.getByLabel('Tên bàn').fill(deskName);
  const download = options.waitForEvent('download');
  await panel.getByRole('button', { name: 'Xuất sổ theo dõi' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^so-theo-doi-ban-\d-[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(panel.getByTestId('desk-export-status')).toContainText(`Đã xuất sổ theo dõi của “${deskName}”`);
  const path = join(tmpdir(), `mctt-${Math.random().toString(36).slice(2)}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await options.close();
  return path;
}

/** The screen table as label → cells (desks…, total). */
async function tableCells(table: Locator): Promise<Map<string, string[]>> {
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ]),
    );
  return new Map(rows.map(([label, ...cells]) => [label ?? '', cells]));
}

async function download(page: Page, button: Locator) {
  const waiting = page.waitForEvent('download');
  await button.click();
  return waiting;
}

/** Several files dropped at once on the drop zone, as a file manager would. */
async function dropFiles(zone: Locator, files: { name: string; text: string }[]) {
  const transfer = await zone.evaluateHandle((_, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, files);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('two officers export their registers; the team lead combines them into one report, ready to sign', async ({
  context,
  serviceWorker,
  extensionId,
  portalUrl,
  today,
}) => {
  test.setTimeout(240_000);
  const files: string[] = [];
  try {
    // Officer 1 (a browser profile of its own): a birth congratulation, "xin chào" and "xin cảm ơn".
    const lan = await officerBrowser(today);
    try {
      await writeSettings(lan.worker, {});
      await workOnDossier(lan, `${portalUrl}/vi/dossier/processing/1012`, 'birth-congratulation', [
        'Đã chào',
        'Đã cảm ơn',
      ]);
      files.push(await exportDesk(lan, 'Bàn 1 – Hộ tịch', /Thư chúc mừng khai sinh\s*1/));
    } finally {
      await lan.close();
    }
    // Officer 2 (another profile): a condolence letter on a late dossier, "xin chào" and "xin lỗi".
    const minh = await officerBrowser(today);
    try {
      await writeSettings(minh.worker, {});
      await workOnDossier(minh, `${portalUrl}/vi/dossier/processing/1014`, 'condolence', ['Đã chào', 'Đã xin lỗi']);
      files.push(await exportDesk(minh, 'Bàn 2 – Tư pháp', /Thư chia buồn\s*1/));
    } finally {
      await minh.close();
    }

    // No citizen's name leaves an officer's browser, and no code unless the team lead allows it.
    const [lanFile, minhFile] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(lanFile).toMatchObject({ app: 'mot-cua-than-thien', format: 'so-theo-doi', version: 1 });
    expect(lanFile.desk.name).toBe('Bàn 1 – Hộ tịch');
    expect(lanFile.desk.id).not.toBe(minhFile.desk.id);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text).not.toMatch(/Trần|Nguyễn|Hùng|Khôi|Mai|H56-|dossierCodes/);
    }

    // The team lead, in a third profile.
    await writeSettings(serviceWorker, {});
    const { page: options } = await OptionsPage.open(context, extensionId);
    const panel = options.getByTestId('commune-report');
    await expect(panel.getByTestId('commune-empty')).toBeVisible();
    await panel.getByLabel(/Chọn các tệp sổ theo dõi/).setInputFiles(files);
    const results = panel.getByTestId('commune-import-results');
    await expect(results.locator('li[data-ok="true"]')).toHaveCount(2);
    await expect(results).toContainText('Bàn 1 – Hộ tịch: thêm 1 tháng (11/2026)');
    await expect(results).toContainText('Bàn 2 – Tư pháp: thêm 1 tháng (11/2026)');

    // The month of the test's day: a column per desk, and a total that is their sum.
    const table = panel.getByTestId('commune-table');
    await expect(table.locator('caption')).toHaveText('Số liệu theo bàn, tháng 11 năm 2026');
    await expect(table.locator('thead th')).toHaveText(['Chỉ tiêu', 'Bàn 1 – Hộ tịch', 'Bàn 2 – Tư pháp', 'Tổng cộng']);
    const cells = await tableCells(table);
    for (const [label, [one, two, total]] of cells) {
      if (label.startsWith('Tỷ lệ')) continue;
      expect(Number(total), label).toBe(Number(one) + Number(two));
    }
    expect(cells.get('Thư chúc mừng khai sinh')).toEqual(['1', '0', '1']);
    expect(cells.get('Thư chia buồn')).toEqual(['0', '1', '1']);
    expect(cells.get('Hồ sơ đã xem')).toEqual(['1', '1', '2']);
    expect(cells.get('Lần chào hỏi')).toEqual(['1', '1', '2']);
    expect(cells.get('Lần cảm ơn')).toEqual(['1', '0', '1']);
    expect(cells.get('Lần xin lỗi')).toEqual(['0', '1', '1']);
    expect(cells.get('Tổng số thư, phiếu đã in')).toEqual(['1', '1', '2']);
    // A chart per desk, each pointing to the table as its accessible equivalent.
    const charts = panel.getByTestId('desk-chart');
    await expect(charts).toHaveCount(2);
    await expect(charts.first().locator('svg')).toHaveAttribute(
      'aria-describedby',
      (await table.getAttribute('id')) ?? '',
    );
    await expect(charts.first().getByRole('img')).toHaveAccessibleName(/^Bàn 1 – Hộ tịch: Hồ sơ đã xem 1/);

    // Both files again, dropped at once: each month is replaced by itself, nothing is counted twice.
    const snapshot = async () => JSON.stringify([...(await tableCells(table))]);
    const before = await snapshot();
    await dropFiles(
      panel.getByTestId('commune-drop'),
      files.map((f, i) => ({ name: `lai-${i + 1}.json`, text: readFileSync(f, 'utf8') })),
    );
    await expect(results.locator('li[data-ok="true"]')).toHaveCount(2);
    await expect(results).toContainText('lai-1.json');
    await expect(results).toContainText('Bàn 1 – Hộ tịch: 1 tháng đã có, giữ nguyên (11/2026)');
    expect(await snapshot()).toBe(before);

    // A bad file is refused with its errors, and changes nothing.
    const bad = { ...lanFile, desk: { id: 'x', name: '' }, months: [{ ...lanFile.months[0], dossiersSeen: -1 }] };
    await panel.getByLabel(/Chọn các tệp sổ theo dõi/).setInputFiles({
      name: 'sai.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const refused = results.locator('li[data-ok="false"]');
    await expect(refused).toContainText('“sai.json”: không nhập được tệp này; dữ liệu tổng hợp giữ nguyên.');
    await expect(refused.getByRole('listitem')).toHaveText([
      '“desk.id”: phải là mã bàn do tiện ích tạo (8–64 chữ, số, dấu gạch) (đang là "x").',
      '“desk.name”: phải có tên bàn (đang là "").',
      '“months[0].dossiersSeen”: phải là số nguyên từ 0 đến 1000000 (đang là -1).',
    ]);
    expect(await snapshot()).toBe(before);

    // Kept until cleared: a reload shows the same.
    await options.reload();
    await expect(table.locator('tbody tr')).toHaveCount(cells.size);
    expect(await snapshot()).toBe(before);
    await expect(panel.getByTestId('commune-summary')).toContainText(
      'Trong tháng 11 năm 2026, 2 bàn tiếp nhận đã xem 2 hồ sơ',
    );

    // The report to sign, read back from the PDF.
    await panel.getByLabel(/Số báo cáo/).fill('27');
    const pdf = await readPdf(await download(options, panel.getByTestId('commune-pdf')));
    expect(pdf.info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    for (const words of [
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 27/BC-UBND',
      'BÁO CÁO',
      'Kết quả thực hiện mô hình Chính quyền thân thiện, vì Nhân dân phục vụ',
      'tháng 11 năm 2026',
      'Bàn 1 – Hộ tịch',
      'Bàn 2 – Tư pháp',
      'Nơi nhận:',
      'Lê Văn Bình',
    ])
      expect(pdf.text).toContain(words);
    // Each desk and the total on their lines of the first table: seen, returned, on time.
    expect(pdf.text).toMatch(/1 Bàn 1 – Hộ tịch 1 0 0 —/);
    expect(pdf.text).toMatch(/2 Bàn 2 – Tư pháp 1 0 0 —/);
    expect(pdf.text).toMatch(/Tổng cộng 2 0 0 —/);
    // Letters: birth, marriage, condolence, thank-you, apology, total.
    expect(pdf.text).toMatch(/Tổng cộng 1 0 1 0 0 2/);
    expect(pdf.text).toContain('Đã in 2 thư, phiếu: 1 thư chúc mừng khai sinh và 1 thư chia buồn.');
    expect(pdf.text).not.toMatch(/[\u0300-\u036f]/);

    // The workbook: a total sheet and one sheet per desk.
    const xlsx = readFileSync((await (await download(options, panel.getByTestId('commune-xlsx'))).path()) ?? '');
    const entries = zipEntries(xlsx);
    expect(sheetNames(entries)).toEqual(['Tổng hợp', 'Bàn 1 – Hộ tịch', 'Bàn 2 – Tư pháp']);
    expect(entries.get('xl/worksheets/sheet2.xml')).toContain('Bàn 1 – Hộ tịch');
    expect(entries.get('xl/worksheets/sheet3.xml')).toContain('Bàn 2 – Tư pháp');

    const csvDownload = await download(options, panel.getByTestId('commune-csv'));
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFKỳ báo cáo,tháng 11 năm 2026\r\n')).toBe(true);
    expect(csv).toContain('Chỉ tiêu,Bàn 1 – Hộ tịch,Bàn 2 – Tư pháp,Tổng cộng\r\n');
    expect(csv).toContain('Hồ sơ đã xem,1,1,2\r\n');

    // Cleared only when the team lead says so.
    await panel.getByRole('button', { name: 'Xóa dữ liệu tổng hợp…' }).click();
    await panel.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect(panel.getByTestId('commune-empty')).toBeVisible();
  } finally {
    for (const f of files) rmSync(f, { force: true });
  }
});

test('a quarter and a year add up the months; two desks with one name stay two desks', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await writeSettings(serviceWorker, {});
  const desk = (id: string, name: string, months: object[]) =>
    JSON.stringify({
      app: 'mot-cua-than-thien',
      format: 'so-theo-doi',
      version: 1,
      exportedAt: '2026-11-25T02:00:00.000Z',
      desk: { id, name },
      months,
    });
  const month = (m: string, seen: number) => ({
    month: m,
    letters: { 'birth-congratulation': 1, 'marriage-congratulation': 0, condolence: 0, 'thank-you': 0, apology: 0 },
    dossiersSeen: seen,
    returned: seen,
    returnedOnTime: seen,
    courtesy: { greeted: seen, askedPermission: 0, thanked: 0, apologised: 0 },
  });
  const { page: options } = await OptionsPage.open(context, extensionId);
  const panel = options.getByTestId('commune-report');
  await panel.getByLabel(/Chọn các tệp sổ theo dõi/).setInputFiles([
    {
      name: 'a.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        desk('aaaaaaaa-0000-4000-8000-000000000001', 'Bàn 1', [month('2026-10', 3), month('2026-11', 4)]),
      ),
    },
    {
      name: 'b.json',
      mimeType: 'application/json',
      // Same name, another desk: two columns, told apart by their ids.
      buffer: Buffer.from(desk('bbbbbbbb-0000-4000-8000-000000000002', 'Bàn 1', [month('2026-11', 5)])),
    },
  ]);
  await expect(panel.getByTestId('commune-import-results')).toContainText('đã có bàn khác cùng tên “Bàn 1”');
  const table = panel.getByTestId('commune-table');
  await expect(table.locator('thead th')).toHaveText([
    'Chỉ tiêu',
    'Bàn 1 (mã aaaaaa)',
    'Bàn 1 (mã bbbbbb)',
    'Tổng cộng',
  ]);
  await panel.getByLabel('Báo cáo theo').selectOption('quarter');
  await expect(table.locator('caption')).toHaveText('Số liệu theo bàn, quý IV năm 2026');
  expect((await tableCells(table)).get('Hồ sơ đã xem')).toEqual(['7', '5', '12']);
  await panel.getByLabel('Báo cáo theo').selectOption('year');
  await expect(table.locator('caption')).toHaveText('Số liệu theo bàn, năm 2026');
  expect((await tableCells(table)).get('Hồ sơ đã xem')).toEqual(['7', '5', '12']);
  await panel.getByLabel('Báo cáo theo').selectOption('month');
  await panel.getByLabel('Kỳ báo cáo').selectOption('2026-10');
  expect((await tableCells(table)).get('Hồ sơ đã xem')).toEqual(['3', '3']);
});

test('an office policy names the desk: the officer cannot change it, the exported file carries it', async ({
  today,
}) => {
  await withPolicyBrowser({ settings: { desk: { name: 'Bàn 3 – Đất đai' } } }, today, async (context, extensionId) => {
    const { page: options } = await OptionsPage.open(context, extensionId);
    const panel = options.getByTestId('desk-export');
    await expect(panel.getByLabel('Tên bàn')).toHaveValue('Bàn 3 – Đất đai');
    await expect(panel.getByLabel('Tên bàn')).toBeDisabled();
    await expect(panel.locator('[data-section="desk"]').getByTestId('lock-notice')).toBeVisible();
    const waiting = options.waitForEvent('download');
    await panel.getByRole('button', { name: 'Xuất sổ theo dõi' }).click();
    const file = JSON.parse(readFileSync((await (await waiting).path()) ?? '', 'utf8'));
    expect(file.desk.name).toBe('Bàn 3 – Đất đai');
    // The id is the browser's own, made once and kept.
    expect(file.desk.id).toMatch(/^[0-9a-f-]{36}$/);
    await options.reload();
    const again = options.waitForEvent('download');
    await options.getByTestId('desk-export').getByRole('button', { name: 'Xuất sổ theo dõi' }).click();
    expect(JSON.parse(readFileSync((await (await again).path()) ?? '', 'utf8')).desk.id).toBe(file.desk.id);
  });
});
