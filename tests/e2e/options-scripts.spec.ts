import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

test('a script reworded in the options page is what the sidebar says', async ({
  context,
  page,
  portalUrl,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const item = options.script('processing-update');
  const text = item.getByLabel('Nội dung lời nói');
  await text.fill('Thưa {{Honorific}} {{applicantName}}, hồ sơ {{code}} đang được xử lý kỹ lưỡng. {{hoTen}}');
  // The preview fills the sample citizen and flags the placeholder the sidebar cannot fill.
  await expect(item.getByTestId('script-preview')).toContainText('Thưa Bà Nguyễn Thị Lan, hồ sơ 000.17.22.H56-');
  await expect(item.getByTestId('unknown-placeholders')).toContainText('{{hoTen}}');
  await text.fill('Thưa {{Honorific}} {{applicantName}}, hồ sơ {{code}} đang được xử lý kỹ lưỡng.');
  await expect(item.getByTestId('unknown-placeholders')).toHaveCount(0);
  await item.getByRole('button', { name: 'Lưu lời nói' }).click();
  await expect(options.status).toHaveText('Đã lưu cài đặt.');

  // A new general script, moved above thanks, and the thanks turned off.
  const stage = options.page.locator('.opt-stage[data-stage="any"]');
  await stage.getByRole('button', { name: /Thêm lời nói/ }).click();
  const added = stage.locator('[data-script]').last();
  await added.getByLabel('Tên lời nói').fill('Chào tạm biệt');
  await added.getByLabel('Nội dung lời nói').fill('Chào tạm biệt {{honorific}}, hẹn gặp lại.');
  await added.getByRole('button', { name: 'Lưu lời nói' }).click();
  await added.getByRole('button', { name: 'Lên' }).click();
  await expect(stage.locator('[data-script]').first()).toHaveAttribute('data-script', /^custom-/);
  await options.script('any-thanks').getByLabel('Hiện trên thanh bên').uncheck();

  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1012`);
  const card = sidebar.root.getByTestId('script-card');
  await expect(card.locator('[data-script="processing-update"] blockquote')).toHaveText(
    /^Thưa Ông Trần Văn Hùng, hồ sơ 000\.17\.22\.H56-.* đang được xử lý kỹ lưỡng\.$/,
  );
  await expect(card.locator('figure[data-script^="custom-"] blockquote')).toHaveText('Chào tạm biệt ông, hẹn gặp lại.');
  await expect(card.locator('[data-script="any-thanks"]')).toHaveCount(0);

  // Back to the defaults: the open sidebar follows without a reload.
  await options.page.getByRole('button', { name: 'Khôi phục lời nói mặc định' }).click();
  await options.page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(card.locator('[data-script="processing-update"] blockquote')).toContainText('của ông Trần Văn Hùng');
  await expect(card.locator('[data-script="any-thanks"]')).toHaveCount(1);
});

test('the script editor works from the keyboard', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const item = options.script('receiving-permission');
  await item.getByRole('button', { name: 'Lên' }).focus();
  await options.page.keyboard.press('Enter');
  const stage = options.page.locator('.opt-stage[data-stage="receiving"] [data-script]');
  await expect(stage.first()).toHaveAttribute('data-script', 'receiving-permission');
  await item.getByRole('button', { name: 'Xóa' }).focus();
  await options.page.keyboard.press('Enter');
  await expect(stage).toHaveCount(2);
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
});
