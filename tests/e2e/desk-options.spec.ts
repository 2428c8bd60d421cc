import { PLAN_WORDS } from '../../templates/plan-words';
import { DeskPage, TEST_DESK_SCREEN } from './desk-page';
import { expect, test } from './fixtures';
import { withPolicyBrowser } from './managed-policy';
import { writeSettings } from './office';
import { OptionsPage } from './options-page';

test('the options page opens the desk screen and edits what it shows; a wrong link is refused, in Vietnamese', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await writeSettings(serviceWorker, { deskScreen: TEST_DESK_SCREEN });
  const options = await OptionsPage.open(context, extensionId);
  const section = options.page.getByTestId('desk-settings');

  const opened = context.waitForEvent('page');
  await section.getByRole('button', { name: 'Mở màn hình quầy' }).click();
  const screen = await opened;
  await screen.waitForURL(`chrome-extension://${extensionId}/desk.html`);
  const desk = await DeskPage.open(context, extensionId, screen);
  await expect(desk.hotlines).toContainText('0912 345 678');

  await section.getByLabel('Đường dây nóng của lãnh đạo').fill('0977 654 321');
  await expect(desk.hotlines).toContainText('0977 654 321');

  const zalo = section.getByLabel('Đường dẫn Zalo OA (làm mã QR)');
  await zalo.fill('zalo.me/123');
  await expect(section.getByRole('alert')).toHaveText(
    'phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://).',
  );
  // The stored link is still the good one: the screen's code has not changed.
  expect(await desk.readQr('zalo')).toBe('https://zalo.me/1234567890');
  await zalo.fill('https://zalo.me/555');
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => desk.readQr('zalo')).toBe('https://zalo.me/555');

  // The plan's words are edited once, in the plan's section: the open screen and the slogan's editor follow.
  const slides = section.getByTestId('desk-slides');
  const shown = (id: string) =>
    slides.locator(`[data-slide="${id}"]`).getByLabel('Hiện trên màn hình và bảng khẩu hiệu');
  for (const id of ['bon-luon', 'nam-khong', 'phuong-cham-1', 'phuong-cham-2']) await shown(id).uncheck();
  await expect(desk.slide).toHaveAttribute('data-slide-id', 'bon-xin');
  await expect(desk.slide).toContainText(PLAN_WORDS.fourAsks);
  const plan = options.page.getByTestId('plan-words-settings');
  await plan.getByLabel('“4 xin”').fill('Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.');
  await expect(desk.slide).toContainText('Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.');
  await expect(slides.locator('[data-slide="bon-xin"]').getByTestId('desk-slide-plan-words')).toContainText(
    'Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.',
  );
  await plan.getByRole('button', { name: 'Dùng lại nguyên văn kế hoạch 852/KH-UBND' }).click();
  await expect(desk.slide).toContainText(PLAN_WORDS.fourAsks);
  await expect(plan.getByLabel('“4 xin”')).toHaveValue(PLAN_WORDS.fourAsks);

  // The team lead's own wording replaces a slogan of its own at once on the open screen.
  await shown('phuong-cham-1').check();
  await shown('bon-xin').uncheck();
  const motto = slides.locator('[data-slide="phuong-cham-1"]');
  await motto.getByLabel('Nội dung (mỗi dòng hiện thành một dòng)').fill('Nhân dân là gốc.');
  await motto.getByRole('button', { name: 'Lưu khẩu hiệu' }).click();
  await expect(desk.slide).toContainText('Nhân dân là gốc.');
  await slides.getByRole('button', { name: 'Dùng lại các khẩu hiệu mặc định' }).click();
  await expect(desk.slide).toHaveAttribute('data-slide-id', 'bon-xin');
  await expect(desk.slide).toContainText(PLAN_WORDS.fourAsks);
});

test('an office policy pushes and locks the desk: the screen shows its numbers, the options page is read-only', async ({
  today,
}) => {
  const policy = {
    settings: { deskScreen: { leaderPhone: '0200 000 000', zaloUrl: 'https://zalo.me/777' } },
    locked: ['deskScreen'],
  };
  await withPolicyBrowser(policy, today, async (context, extensionId) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The officer's own numbers are not what citizens see while the office manages the desk.
    await writeSettings(worker, { deskScreen: TEST_DESK_SCREEN });
    const desk = await DeskPage.open(context, extensionId);
    await expect(desk.hotlines).toContainText('0200 000 000');
    await expect(desk.hotlines).not.toContainText('0912 345 678');
    await expect.poll(() => desk.readQr('zalo')).toBe('https://zalo.me/777');

    const options = await OptionsPage.open(context, extensionId);
    const locked = options.page.getByTestId('desk-settings');
    await expect(locked.getByTestId('lock-notice')).toContainText('do cơ quan quản lý đặt');
    await expect(locked.getByLabel('Đường dây nóng của lãnh đạo')).toBeDisabled();
    await expect(locked.getByLabel('Đường dây nóng của lãnh đạo')).toHaveValue('0200 000 000');
    // Opening the screen and printing are not edits: they stay available.
    await expect(locked.getByRole('button', { name: 'Mở màn hình quầy' })).toBeEnabled();
  });
});
