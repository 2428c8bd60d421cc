import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';

test('a team lead adds a portal outside gov.vn: a bad address is explained, a good one goes to the browser prompt', async ({
  context,
  extensionId,
}) => {
  const { page: options } = await OptionsPage.open(context, extensionId);
  const section = options.getByTestId('added-portals');
  const address = section.getByLabel('Địa chỉ cổng');
  await address.fill('*');
  await section.getByRole('button', { name: 'Thêm cổng' }).click();
  await expect(section.getByRole('alert')).toContainText('không phải tên miền');

  await address.fill('https://motcua.tinh-mau.vn/ho-so');
  await address.press('Enter');
  // The browser's own prompt now asks for that host alone (headless Chromium leaves it unanswered); nothing is
  // added until it is granted.
  await expect(section.getByRole('status')).toContainText('đang hỏi quyền truy cập https://motcua.tinh-mau.vn/*');
  await expect(section.locator('code')).toHaveCount(0);
});
