import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { downloadPdf } from './print-page';
import { SidebarPage } from './sidebar-page';
import { shownDay } from './vn-date';

test('a team lead fills in the office and rewords a letter; the officer prints it; the month report counts it', async ({
  context,
  page,
  portalUrl,
  extensionId,
  clock,
}) => {
  const { page: options } = await OptionsPage.open(context, extensionId);
  const office = options.getByTestId('office-settings');
  await office.getByLabel('Tên xã/phường').fill('xã Hòa Bình');
  await office.getByLabel('Tỉnh/thành phố').fill('tỉnh Đồng Nai');
  await office.getByLabel('Địa danh ở dòng ngày tháng').fill('Hòa Bình');
  await office.getByLabel('Họ tên người ký').fill('Võ Thị Ánh');

  const templates = options.getByTestId('letter-templates');
  await templates.getByLabel('Sửa mẫu').selectOption('marriage-congratulation');
  const firstParagraph = templates.locator('li[data-block="paragraph"] textarea').first();
  await firstParagraph.fill('Ủy ban nhân dân {{office.communeName}} vui mừng chúc mừng {{couple}} nên duyên vợ chồng.');
  await expect(templates.getByTestId('letter-preview')).toContainText('vui mừng chúc mừng');
  await expect(templates.getByTestId('letter-preview')).toContainText('xã Hòa Bình');
  await firstParagraph.fill('Chúc mừng {{khong.co}}');
  await expect(templates.getByTestId('template-problems')).toContainText('khong.co');
  await firstParagraph.fill('Ủy ban nhân dân {{office.communeName}} vui mừng chúc mừng {{couple}} nên duyên vợ chồng.');
  await expect(templates.getByTestId('template-problems')).toHaveCount(0);

  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/search/1013`);
  const button = sidebar.letterButton('marriage-congratulation');
  // Still processing: the letter waits for the planned registration day, which it then names.
  await expect(button).toBeDisabled();
  await sidebar.root.getByTestId('registration-day-input').fill(shownDay(clock.day(1)));
  await expect(button).toBeEnabled();
  const pdf = await downloadPdf(await sidebar.printLetter('marriage-congratulation'));
  expect(pdf.text).toContain('vui mừng chúc mừng');
  expect(pdf.text).toContain('Phạm Thị Ngọc Ánh');
  expect(pdf.text).toContain('Võ Thị Ánh');

  // The register counted the letter and the dossier seen; the report shows it and exports it.
  await options.reload();
  const report = options.getByTestId('monthly-report');
  await expect(report.getByTestId('report-table')).toContainText(/Thư chúc mừng kết hôn\s*1/);
  await expect(report.getByTestId('report-table')).toContainText(/Hồ sơ đã xem\s*1/);
  const csvDownload = options.waitForEvent('download');
  await report.getByTestId('report-csv').click();
  const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
  expect(csv).toContain('Thư chúc mừng kết hôn,1');
  const xlsxDownload = options.waitForEvent('download');
  await report.getByTestId('report-xlsx').click();
  const xlsx = readFileSync((await (await xlsxDownload).path()) ?? '');
  expect(xlsx.subarray(0, 4).toString('hex')).toBe('504b0304');
  expect(xlsx.toString('utf8')).toContain('Thư chúc mừng kết hôn');
});
