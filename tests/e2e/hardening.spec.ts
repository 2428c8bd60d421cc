import { CATALOG } from '../portal/catalog.mjs';
import { renderPage } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { withPolicyBrowser } from './managed-policy';
import { openAsOffice } from './office';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';
import { readStorage, storedRegister, writeStorage } from './storage-access';

const BIRTH = '/vi/dossier/processing/1012';
const birthCode = (today: string) => renderPage(CATALOG.find((e) => e.path === BIRTH)?.expected?.code ?? '', today);

test('clicks, key presses and submits a page script makes inside the sidebar change nothing and open no tab', async ({
  context,
  page,
  portalUrl,
  serviceWorker,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, portalUrl + BIRTH);
  await expect(sidebar.letterButton('birth-congratulation')).toBeEnabled();
  const opened: string[] = [];
  context.on('page', (p) => opened.push(p.url()));

  await page.evaluate(() => {
    const root = document.querySelector('mctt-sidebar')?.shadowRoot;
    if (!root) throw new Error('no open shadow root');
    const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
    for (let i = 0; i < 5; i += 1) {
      for (const button of all('[data-testid="letter-button"], [data-testid="thank-you-button"]')) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
      }
    }
    for (const box of all('[data-testid="script-card"] input[type="checkbox"]')) box.click();
    for (const button of all('button[title="Thu gọn"]')) button.click();
    // A draft typed in by script, then the form submitted by script: nothing is saved.
    const form = root.querySelector<HTMLFormElement>('[data-testid="manual-entry"]');
    const due = form?.querySelector<HTMLInputElement>('input[name="dueAt"]');
    if (!form || !due) throw new Error('no manual entry form');
    due.value = '2030-01-15';
    due.dispatchEvent(new Event('input', { bubbles: true }));
    form.requestSubmit();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  });

  // The officer's own tick, after all of that, takes the same way to the register: once it is counted there,
  // whatever the script's events had set off would have reached the background before it (a condition, no clock).
  await sidebar.root.getByTestId('script-card').getByLabel('Đã chào').check();
  await expect(sidebar.root.getByTestId('script-card').getByLabel('Đã chào')).toBeChecked();
  await expect
    .poll(async () => Object.values((await storedRegister(serviceWorker)).courtesy))
    .toEqual([{ greeted: 1 }]);

  expect(opened).toEqual([]);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  for (const label of ['Đã xin phép', 'Đã cảm ơn', 'Đã xin lỗi']) {
    await expect(sidebar.root.getByTestId('script-card').getByLabel(label)).not.toBeChecked();
  }
  await expect(sidebar.due).not.toHaveAttribute('datetime', /^2030/);
  const session = await readStorage(serviceWorker, 'session');
  expect(Object.keys(session).filter((key) => /^(manual|print):/.test(key))).toEqual([]);
  expect((await storedRegister(serviceWorker)).letters).toEqual([]);
});

test('the content scripts post no window message on start (WXT’s duplicate check is turned off)', async ({
  page,
  portalUrl,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: string[] };
    w.__messages = [];
    window.addEventListener('message', (event) => w.__messages.push(JSON.stringify(event.data)));
  });
  await page.goto(portalUrl + BIRTH);
  await expect(new SidebarPage(page).root).toHaveAttribute('data-state', 'expanded');
  // A message of our own, posted now: window messages arrive in order, so any posted on start came before it.
  await page.evaluate(
    () =>
      new Promise<void>((received) => {
        window.addEventListener('message', (event) => event.data === 'mctt-e2e-last' && received());
        window.postMessage('mctt-e2e-last', '*');
      }),
  );
  expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([
    '"mctt-e2e-last"',
  ]);
});

test('a page that rewrites its body or removes the sidebar gets the sidebar back', async ({
  page,
  portalUrl,
  clock,
}) => {
  const sidebar = await SidebarPage.open(page, portalUrl + BIRTH);
  await expect(sidebar.code).toHaveText(birthCode(clock.today));

  await page.evaluate(() => {
    const html = document.body.innerHTML;
    document.body.innerHTML = html;
  });
  await expect(sidebar.code).toHaveText(birthCode(clock.today));
  await expect(page.locator('mctt-sidebar')).toHaveCount(1);

  await page.evaluate(() => document.querySelector('mctt-sidebar')?.remove());
  await expect(sidebar.code).toHaveText(birthCode(clock.today));
  await expect(page.locator('mctt-sidebar')).toHaveCount(1);

  // The style sheets that dock it and mark rows come back too.
  await page.evaluate(() => document.getElementById('mctt-dock')?.remove());
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).maxWidth))
    .toMatch(/^calc|px$/);
});

test('a settings file with {{constructor}} in a template is refused with words; the options page stays whole', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const input = options.importExport.getByLabel('Nhập tệp cài đặt (.json)');
  const template = {
    kind: 'condolence',
    name: 'Thư chia buồn',
    layout: 'letter',
    requires: [],
    blocks: [{ type: 'paragraph', text: 'Kính gửi {{constructor}} và {{__proto__}}.' }],
  };
  await input.setInputFiles({
    name: 'cai-dat.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        app: 'mot-cua-than-thien',
        version: 2,
        exportedAt: '2026-11-25T00:00:00Z',
        settings: {
          deadline: { soonWorkingDays: 2, extraDaysOff: [], extraWorkingDays: [], apologyExtraWorkingDays: 2 },
          scripts: [{ id: 'x', stage: 'any', title: 'Chào', text: 'Chào {{constructor}}.' }],
          office: {},
          letters: { addressStyle: 'formal', templates: { condolence: template } },
          register: { retentionMonths: 12 },
        },
      }),
    ),
  });
  const errors = options.importExport.getByTestId('import-errors');
  await expect(errors).toContainText('“constructor” không phải trường mà thư điền được');
  await expect(errors).toContainText('“__proto__” không phải trường mà thư điền được');
  await expect(options.page.getByTestId('script-editor')).toBeVisible();
  await expect(options.page.getByTestId('letter-templates')).toBeVisible();

  // A file nested 200,000 levels deep: refused with a word, not a blank page or a silent failure.
  await input.setInputFiles({
    name: 'sau.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      `{"app":"mot-cua-than-thien","version":2,"settings":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
    ),
  });
  await expect(errors).toContainText('lồng nhau quá sâu');
  await expect(options.page.getByTestId('script-editor')).toBeVisible();
});

test('an office policy with {{constructor}} in a template or a script blanks neither the options page nor the sidebar', async ({
  portalUrl,
  today,
}) => {
  const policy = {
    settings: {
      letters: {
        templates: {
          condolence: {
            kind: 'condolence',
            name: 'Thư chia buồn',
            layout: 'letter',
            requires: ['toString'],
            blocks: [{ type: 'paragraph', text: 'Kính gửi {{constructor}}.' }],
          },
        },
      },
      scripts: [{ id: 'processing-update', stage: 'processing', title: 'Báo tiến độ', text: 'Thưa {{constructor}}.' }],
      office: { communeName: 'xã Tân Phú' },
    },
  };
  await withPolicyBrowser(policy, today, async (context, extensionId) => {
    const options = await OptionsPage.open(context, extensionId);
    const errors = options.page.getByTestId('policy-errors');
    await expect(errors).toContainText('“constructor” không phải trường mà thư điền được');
    await expect(errors).toContainText('“toString” không phải trường mà thư điền được');
    await expect(options.page.getByTestId('letter-templates')).toBeVisible();
    // The policy's good section applies; the refused one is left at the officer's own values.
    await expect(options.page.getByLabel('Tên xã/phường')).toHaveValue('xã Tân Phú');

    const sidebar = await SidebarPage.open(await context.newPage(), portalUrl + BIRTH);
    const card = sidebar.root.getByTestId('script-card');
    await expect(card.locator('[data-script="processing-update"] blockquote')).toHaveText('Thưa.');
    await expect(sidebar.letterButton('birth-congratulation')).toBeVisible();
  });
});

test('stored data of odd shapes is repaired to defaults with a notice, in the sidebar and the options page', async ({
  context,
  page,
  portalUrl,
  serviceWorker,
  extensionId,
  clock,
}) => {
  const code = birthCode(clock.today);
  await writeStorage(serviceWorker, 'local', {
    settings: { scripts: [null], office: 7, deadline: { soonWorkingDays: 3 } },
    settings$: { v: 2 },
    register: { letters: 'nhiều', seen: [null, { month: '2026-11', code: 'H-1', kind: 'other', outcome: 'open' }] },
    'ui.sidebarCollapsed': 'có',
  });
  await writeStorage(serviceWorker, 'session', { [`manual:${code}`]: 42, [`courtesy:${code}`]: 'đã chào' });

  const sidebar = await SidebarPage.open(page, portalUrl + BIRTH);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await expect(sidebar.code).toHaveText(code);
  const notice = sidebar.root.getByTestId('repair-notice');
  await expect(notice).toContainText('“lời nói”');
  await expect(notice).toContainText('“thông tin cơ quan”');
  await expect(notice).toContainText('thu gọn');
  await expect(notice).toContainText('phiên làm việc');
  // The default scripts speak; the "4 xin" are unticked; the page works.
  await expect(sidebar.root.getByTestId('script-card').locator('[data-script]').first()).toBeVisible();
  await expect(sidebar.root.getByTestId('script-card').getByLabel('Đã chào')).not.toBeChecked();
  await notice.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(notice).toHaveCount(0);

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByTestId('settings-repaired')).toContainText('“lời nói”');
  await expect(options.page.getByLabel(/sắp đến hạn/)).toHaveValue('3');
  await expect(options.page.getByTestId('register-repaired')).toContainText('mục bị hỏng');
  // The good record is kept; the dossier just opened is counted beside it.
  await expect(options.page.getByTestId('report-table')).toContainText(/Hồ sơ đã xem\s*2/);
});
