import { expect, test } from './fixtures';
import { printBirthCongratulation } from './office';

test('headless, the print page never opens the print dialog by itself and never crashes; "In thư" says why', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const { print } = await printBirthCongratulation(page, serviceWorker, portalUrl);
  let crashed = false;
  print.on('crash', () => {
    crashed = true;
  });
  // A trusted click asked for it, but no person is there to answer a dialog: no automatic print.
  await expect(print.getByTestId('print-ready')).toHaveAttribute('data-auto-print', 'false');
  await print.getByTestId('print-button').click();
  await expect(print.getByTestId('print-note')).toContainText('Tải PDF');
  // The page still answers: its PDF viewer was never asked to print.
  await expect(print.getByTestId('download-pdf')).toBeVisible();
  expect(await print.evaluate(() => document.title)).toContain('In thư');
  expect(crashed).toBe(false);
});
