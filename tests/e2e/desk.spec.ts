import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PLAN_MOTTO, PLAN_WORDS } from '../../templates/plan-words';
import { DeskPage, seedRegister, TEST_DESK_SCREEN } from './desk-page';
import { expect, test } from './fixtures';
import { writeSettings } from './office';

const PLAN_SLOGANS: [string, string, string][] = [
  ['bon-xin', '4 xin', PLAN_WORDS.fourAsks],
  ['bon-luon', '4 luôn', PLAN_WORDS.fourAlways],
  ['nam-khong', '5 không', PLAN_WORDS.fiveNevers],
  ['phuong-cham-1', '', PLAN_MOTTO[0]],
  ['phuong-cham-2', '', PLAN_MOTTO[1]],
];

test('the desk screen goes full screen on a click, shows the plan’s slogans in turn, the hotlines and QR codes that read back', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await writeSettings(serviceWorker, { deskScreen: { ...TEST_DESK_SCREEN, slideSeconds: 3 } });
  const page = await context.newPage();
  // Time runs under the test's hand: each slogan's turn comes when the test moves the clock.
  await page.clock.install();
  const desk = await DeskPage.open(context, extensionId, page);
  // From here on the page's time moves only when the test moves it, however slow the machine.
  await page.clock.pauseAt(Date.now() + 1000);

  await expect(page.getByTestId('desk-unit')).toHaveText('Bộ phận Một cửa xã Tân Phú');
  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect.poll(() => desk.fullscreenElement()).toBe('HTML');

  // Every slogan in the plan's order, each for its 3 seconds, and round again.
  const first = Number(await desk.slide.getAttribute('data-turn'));
  for (let turn = first; turn <= first + PLAN_SLOGANS.length; turn += 1) {
    const [id, title, text] = PLAN_SLOGANS[turn % PLAN_SLOGANS.length] ?? [];
    await expect(desk.slide).toHaveAttribute('data-turn', String(turn));
    await expect(desk.slide).toHaveAttribute('data-slide-id', id ?? '');
    if (title) await expect(desk.slide.locator('h2')).toHaveText(title);
    await expect(desk.slide).toContainText(text ?? '');
    await page.clock.runFor(3000);
  }

  // Readable from 3 m: nothing a citizen reads is under 48 px.
  for (const selector of ['.desk-slogan-text', '.desk-hotline dt', '.desk-hotline dd', '.desk-figures p', 'h1']) {
    expect(await desk.fontSize(selector), selector).toBeGreaterThanOrEqual(48);
  }

  await expect(desk.hotlines).toContainText('Lãnh đạo UBND xã Tân Phú');
  await expect(desk.hotlines).toContainText('Ông Lê Văn Bình, Chủ tịch UBND xã');
  await expect(desk.hotlines).toContainText('0912 345 678');
  await expect(desk.hotlines).toContainText('Bộ phận Một cửa');
  await expect(desk.hotlines).toContainText('0251 3861 234');
  await expect(desk.hotlines).toContainText('Tổ kiểm tra công vụ');
  await expect(desk.hotlines).toContainText('0251 3861 999');

  expect(await desk.readQr('zalo')).toBe('https://zalo.me/1234567890');
  expect(await desk.readQr('lookup')).toBe('https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html');
  await expect(desk.qr('zalo')).toContainText('Bộ phận Một cửa xã Tân Phú');

  // Esc leaves full screen.
  await page.keyboard.press('Escape');
  await expect.poll(() => desk.fullscreenElement()).toBeNull();
  await expect(page.getByRole('button', { name: 'Toàn màn hình' })).toBeVisible();
});

test('a team lead’s change reaches the open screen without a reload, and the screen keeps one timer', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await writeSettings(serviceWorker, { deskScreen: TEST_DESK_SCREEN });
  const page = await context.newPage();
  // Counts the page's running intervals: a screen that runs for days must not pile them up.
  await page.addInitScript(() => {
    const running = new Set<number>();
    const set = window.setInterval.bind(window);
    const clear = window.clearInterval.bind(window);
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = set(handler, ms, ...args);
      running.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) running.delete(id);
      clear(id);
    }) as typeof window.clearInterval;
    (window as unknown as { runningIntervals: () => number }).runningIntervals = () => running.size;
  });
  const desk = await DeskPage.open(context, extensionId, page);
  const intervals = () =>
    page.evaluate(() => (window as unknown as { runningIntervals: () => number }).runningIntervals());
  await desk.page.evaluate(() => {
    (window as unknown as { sameScreen: boolean }).sameScreen = true;
  });
  expect(await desk.readQr('zalo')).toBe('https://zalo.me/1234567890');
  expect(await intervals()).toBe(1);

  await writeSettings(serviceWorker, {
    deskScreen: {
      ...TEST_DESK_SCREEN,
      leaderPhone: '0988 111 222',
      zaloUrl: 'https://zalo.me/999888777',
      lookupUrl: '',
      slides: [{ id: 'rieng', title: 'Lời của xã', text: 'Nhân dân là gốc.' }],
    },
  });
  await expect(desk.hotlines).toContainText('0988 111 222');
  await expect(desk.slide).toHaveAttribute('data-slide-id', 'rieng');
  await expect(desk.slide).toContainText('Nhân dân là gốc.');
  await expect(desk.qr('lookup')).toHaveCount(0);
  await expect.poll(() => desk.readQr('zalo')).toBe('https://zalo.me/999888777');
  expect(await desk.page.evaluate(() => (window as unknown as { sameScreen?: boolean }).sameScreen)).toBe(true);

  // A new pace restarts the one timer rather than adding another.
  for (const slideSeconds of [5, 7, 9])
    await writeSettings(serviceWorker, { deskScreen: { ...TEST_DESK_SCREEN, slideSeconds } });
  await expect(desk.slide).toHaveAttribute('data-slide-id', 'bon-xin');
  expect(await intervals()).toBe(1);
});

test('today’s figures match the register, without names, and follow it', async ({
  context,
  serviceWorker,
  extensionId,
  clock,
}) => {
  const at = (day: string, time: string) => new Date(`${day}T${time}+07:00`).toISOString();
  const today = clock.today;
  const month = today.slice(0, 7);
  await writeSettings(serviceWorker, { deskScreen: TEST_DESK_SCREEN });
  await seedRegister(serviceWorker, {
    letters: [
      { id: 'a', printedAt: at(today, '08:10:00'), kind: 'birth-congratulation', dossierCode: 'H01-1' },
      { id: 'b', printedAt: at(today, '09:30:00'), kind: 'marriage-congratulation', dossierCode: 'H01-2' },
      { id: 'c', printedAt: at(today, '10:00:00'), kind: 'condolence', dossierCode: 'H01-3' },
      { id: 'd', printedAt: at(today, '10:30:00'), kind: 'apology', dossierCode: 'H01-4' },
      { id: 'e', printedAt: at(clock.day(-1), '10:30:00'), kind: 'thank-you' },
    ],
    seen: [
      { month, code: 'H01-1', kind: 'birth', outcome: 'on-time' },
      { month, code: 'H01-2', kind: 'marriage', outcome: 'on-time' },
      { month, code: 'H01-4', kind: 'other', outcome: 'late' },
      { month, code: 'H01-5', kind: 'other', outcome: 'open' },
    ],
    courtesy: {},
  });
  const desk = await DeskPage.open(context, extensionId);
  await expect(desk.figures).toHaveAttribute('data-day', today);
  await expect(desk.figures).toHaveAttribute('data-letters-today', '3');
  await expect(desk.figures).toHaveAttribute('data-returned', '3');
  await expect(desk.figures).toHaveAttribute('data-on-time', '2');
  await expect(desk.page.getByTestId('desk-figure-letters')).toHaveText(
    'Hôm nay đã trao 3 thư chúc mừng, chia buồn, cảm ơn',
  );
  await expect(desk.page.getByTestId('desk-figure-returned')).toHaveText(
    `Tháng ${month.slice(5)}/${month.slice(0, 4)}: 3 hồ sơ đã trả kết quả, 2 đúng hẹn`,
  );
  // Counts only: no dossier code reaches the citizens' screen.
  await expect(desk.page.getByTestId('desk-screen')).not.toContainText('H01-');

  // A letter printed meanwhile is counted without a reload.
  await seedRegister(serviceWorker, {
    letters: [{ id: 'f', printedAt: at(today, '11:00:00'), kind: 'thank-you' }],
    seen: [],
    courtesy: {},
  });
  await expect(desk.figures).toHaveAttribute('data-letters-today', '1');

  await writeSettings(serviceWorker, { deskScreen: { ...TEST_DESK_SCREEN, showFigures: false } });
  await expect(desk.figures).toHaveCount(0);
});

test('the slogans fade in, except for those who ask for reduced motion', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await writeSettings(serviceWorker, { deskScreen: DEFAULT_DESK_SCREEN });
  const desk = await DeskPage.open(context, extensionId);
  const animation = () => desk.slide.evaluate((el) => getComputedStyle(el).animationName);
  await desk.page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animation()).toBe('desk-fade');
  await desk.page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});
