import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';

interface StoredSettings {
  letters: { templates: Record<string, { blocks: Array<{ text?: string }> }> };
  scripts: Array<{ id: string; text: string }>;
}
interface ChromeStorage {
  storage: { local: { get(key: string): Promise<{ settings?: StoredSettings }> } };
}

/** Code names a team lead should never have to read: `{{applicant.name}}`, `{{honorific}}`… */
const CODE_NAME =
  /\{\{\s*(office|applicant|dossier|child|spouses|couple|deceased|recipient|letter|registration|criteria|residence|funeral)\.|\{\{\s*(reason|newReturnDate|legalBasis|couple|honorific|Honorific|applicantName|givenName|code|procedureName|dueDate)\s*[|}]/;

test('the template editor shows Vietnamese names and inserts a field at the cursor, by mouse or keyboard', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page } = await OptionsPage.open(context, extensionId, 'templates');
  const templates = page.getByTestId('letter-templates');
  const texts = templates.locator('li[data-block] textarea');
  // Every default template, with the fields the letter rules added (criteria, legal bases, one-stop unit…).
  for (const kind of ['marriage-congratulation', 'condolence', 'apology', 'thank-you', 'birth-congratulation']) {
    await templates.getByLabel('Sửa mẫu').selectOption(kind);
    await expect(texts.first()).toBeVisible();
    const values = await texts.evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(values.join('\n')).toContain('{{');
    for (const value of values) expect(value, kind).not.toMatch(CODE_NAME);
  }

  const paragraph = templates.locator('li[data-block="paragraph"]').first();
  const text = paragraph.locator('textarea');
  await text.fill('Kính chào ');
  await text.press('End');
  await paragraph.getByRole('button', { name: /Chèn trường/ }).click();
  const menu = paragraph.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /^Tên người nộp/ }).click();
  await expect(menu).toHaveCount(0);
  await expect(text).toHaveValue('Kính chào {{Tên người nộp}}');
  await expect(text).toBeFocused();
  await expect(templates.getByTestId('letter-preview')).toContainText('Kính chào Trần Thị B');

  // From the keyboard: cursor at the start, Tab to the menu button, Enter, Enter on the first field.
  await text.press('Control+Home');
  await page.keyboard.press('Tab');
  await expect(paragraph.getByRole('button', { name: /Chèn trường/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(text).toHaveValue('{{Xưng hô}}Kính chào {{Tên người nộp}}');
  await expect(text).toBeFocused();
  expect(await text.evaluate((a) => (a as HTMLTextAreaElement).selectionStart)).toBe('{{Xưng hô}}'.length);
  // Escape folds the menu and gives the focus back to its button.
  await paragraph.getByRole('button', { name: /Chèn trường/ }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(paragraph.getByRole('button', { name: /Chèn trường/ })).toBeFocused();

  // Settings keep the code names, which every version of the extension fills.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
        const { settings } = await chrome.storage.local.get('settings');
        return settings?.letters.templates['birth-congratulation']?.blocks.map((b) => b.text ?? '');
      }),
    )
    .toContain('{{applicant.honorific}}Kính chào {{applicant.name}}');
});

test('the script editor inserts a field at the cursor and saves it under its code name', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const item = options.script('processing-update');
  const text = item.getByLabel('Nội dung lời nói');
  const scripts = options.page.getByTestId('script-editor').getByLabel('Nội dung lời nói');
  for (const value of await scripts.evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))) {
    expect(value).not.toMatch(CODE_NAME);
  }
  await text.fill('Chào , hồ sơ đã xong.');
  await text.evaluate((a) => (a as HTMLTextAreaElement).setSelectionRange(5, 5));
  await item.getByRole('button', { name: /Chèn trường/ }).click();
  await item.getByRole('menuitem', { name: /^Xưng hô đầu câu/ }).click();
  await expect(text).toHaveValue('Chào {{Xưng hô đầu câu}}, hồ sơ đã xong.');
  await expect(item.getByTestId('script-preview')).toHaveText('Chào Bà, hồ sơ đã xong.');
  await expect(item.getByTestId('unknown-placeholders')).toHaveCount(0);
  await item.getByRole('button', { name: 'Lưu lời nói' }).click();
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  const stored = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    const { settings } = await chrome.storage.local.get('settings');
    return settings?.scripts.find((s) => s.id === 'processing-update')?.text;
  });
  expect(stored).toBe('Chào {{Honorific}}, hồ sơ đã xong.');
  await expect(text).toHaveValue('Chào {{Xưng hô đầu câu}}, hồ sơ đã xong.');
});
