import { readFile } from 'node:fs/promises';
import { SETTINGS_VERSION } from '../../utils/settings/migrations';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';

const soonField = (options: OptionsPage) => options.page.getByLabel(/sắp đến hạn/);

test('export, change a setting, import the file back: the change list shows, applying restores it', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await soonField(options).fill('4');
  await expect(options.status).toHaveText('Đã lưu cài đặt.');

  const [download] = await Promise.all([
    options.page.waitForEvent('download'),
    options.importExport.getByRole('button', { name: 'Xuất tệp cài đặt' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mot-cua-than-thien-cai-dat-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({
    app: 'mot-cua-than-thien',
    version: SETTINGS_VERSION,
    settings: { deadline: { soonWorkingDays: 4 } },
  });

  await soonField(options).fill('7');
  await expect(soonField(options)).toHaveValue('7');

  await options.importExport.getByLabel('Nhập tệp cài đặt (.json)').setInputFiles(file);
  const preview = options.importExport.getByTestId('import-preview');
  await expect(preview.getByTestId('import-changes').getByRole('listitem')).toHaveText([
    'Báo “sắp đến hạn” khi còn: 7 → 4 ngày làm việc',
  ]);
  // Nothing is written before the team lead agrees.
  await expect(soonField(options)).toHaveValue('7');
  // From the keyboard: the result takes focus, the next Tab reaches “Áp dụng”.
  await expect(preview.getByRole('heading')).toBeFocused();
  await options.page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Áp dụng' })).toBeFocused();
  await options.page.keyboard.press('Enter');
  await expect(options.status).toHaveText(/Đã áp dụng cài đặt từ tệp/);
  await expect(soonField(options)).toHaveValue('4');
  await expect(preview).toHaveCount(0);

  // Cancelling a good file changes nothing either.
  await soonField(options).fill('6');
  await options.importExport.getByLabel('Nhập tệp cài đặt (.json)').setInputFiles(file);
  await options.importExport.getByRole('button', { name: 'Hủy' }).click();
  await expect(options.status).toHaveText('Đã hủy, cài đặt giữ nguyên.');
  await expect(soonField(options)).toHaveValue('6');
  await options.page.reload();
  await expect(soonField(options)).toHaveValue('6');
});

test('a bad file shows every error and changes nothing', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await soonField(options).fill('3');
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  const input = options.importExport.getByLabel('Nhập tệp cài đặt (.json)');
  const alert = options.importExport.getByRole('alert');

  const bad = {
    app: 'mot-cua-than-thien',
    version: 2,
    exportedAt: '2026-11-25T00:00:00Z',
    settings: { deadline: { soonWorkingDays: 99 }, scripts: 'không', office: {}, letters: {}, register: {} },
  };
  await input.setInputFiles({
    name: 'sai.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(alert).toContainText('Không nhập được tệp “sai.json”; cài đặt hiện tại giữ nguyên.');
  await expect(alert.getByRole('listitem').first()).toHaveText(
    '“settings.deadline.soonWorkingDays”: phải là số nguyên từ 0 đến 10 (đang là 99).',
  );
  expect(await alert.getByRole('listitem').count()).toBeGreaterThan(5);
  await expect(options.importExport.getByTestId('import-preview')).toHaveCount(0);

  await input.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{ "app": ') });
  await expect(alert.getByRole('listitem')).toHaveText([/Tệp không phải JSON hợp lệ/]);

  const future = { ...bad, version: 99 };
  await input.setInputFiles({
    name: 'moi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(future)),
  });
  await expect(alert.getByRole('listitem')).toHaveText([/bản tiện ích mới hơn/]);

  await input.setInputFiles({
    name: 'lon.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(5 * 1024 * 1024, 32),
  });
  await expect(alert.getByRole('listitem')).toHaveText([/Tệp quá lớn \(5\.0 MB\)/]);

  await options.page.reload();
  await expect(soonField(options)).toHaveValue('3');
});
