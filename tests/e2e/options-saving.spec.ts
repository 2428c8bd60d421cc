import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';

interface StoredSettings {
  office: { communeName: string; placeName: string; leaderName: string };
  letters: { templates: Record<string, { blocks: Array<{ text?: string }> }> };
}
interface ChromeStorage {
  storage: {
    local: { get(key: string): Promise<{ settings?: StoredSettings }> };
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}
type Counted = Window & { settingsWrites?: number };

/**
 * Another extension page that counts the settings' writes, as every open portal tab would be woken by them. Opened
 * after the options page, whose first visit writes the desk's id.
 */
async function countWrites(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/print.html`);
  await page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    const counted = window as Counted;
    counted.settingsWrites = 0;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'settings' in changes) counted.settingsWrites = (counted.settingsWrites ?? 0) + 1;
    });
  });
  return () => page.evaluate(() => (window as Counted).settingsWrites ?? 0);
}

const stored = (worker: Worker) =>
  worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    return (await chrome.storage.local.get('settings')).settings;
  });

/** Twenty keystrokes, one after the other, as an officer types. */
const WORD = 'xã Hòa Bình Tây Nam'.padEnd(20, '.');

async function typeInto(page: Page, label: string) {
  const field = page.getByTestId('office-settings').getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(WORD);
  return field;
}

test('a word typed in a field is saved once after a pause, not once per keystroke', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const writes = await countWrites(context, extensionId);
  await options.page.bringToFront();

  const field = await typeInto(options.page, 'Tên xã/phường');
  await expect(field).toHaveValue(WORD);
  // Saved after the pause, with the field still being edited.
  await expect.poll(async () => (await stored(serviceWorker))?.office.communeName).toBe(WORD);
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  // Leaving the field has nothing more to save.
  await field.press('Tab');
  await expect(field).toHaveValue(WORD);
  const count = await writes();
  test.info().annotations.push({ type: 'settings writes for 20 keystrokes', description: String(count) });
  expect(count).toBeLessThanOrEqual(2);
});

test('leaving a field saves what was typed at once', async ({ context, extensionId, serviceWorker }) => {
  const options = await OptionsPage.open(context, extensionId);
  const writes = await countWrites(context, extensionId);
  await options.page.bringToFront();

  const field = await typeInto(options.page, 'Địa danh ở dòng ngày tháng');
  await field.press('Tab');
  await expect.poll(async () => (await stored(serviceWorker))?.office.placeName).toBe(WORD);
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  const count = await writes();
  test.info().annotations.push({ type: 'settings writes for 20 keystrokes and Tab', description: String(count) });
  expect(count).toBeLessThanOrEqual(2);
});

test('closing the page right after typing loses nothing, in a field or a letter template', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await typeInto(options.page, 'Họ tên người ký');
  const paragraph = options.page.getByTestId('letter-templates').locator('li[data-block="paragraph"] textarea').first();
  await paragraph.fill('Kính gửi {{Tên người nộp}}, ');
  await paragraph.pressSequentially('xin chúc mừng.');
  await options.page.close();

  await expect.poll(async () => (await stored(serviceWorker))?.office.leaderName).toBe(WORD);
  const settings = await stored(serviceWorker);
  expect(settings?.letters.templates['birth-congratulation']?.blocks.map((b) => b.text)).toContain(
    'Kính gửi {{applicant.name}}, xin chúc mừng.',
  );
});
