import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTodayOverride } from '../clock/clock';
import type { BackgroundMessage } from '../messaging/protocol';
import type { SlipRequest } from '../register/apology-book';
import { readCheckedApologyBook } from '../register/apology-store';
import type { RegisterChange } from '../register/register-changes';
import { readRegister } from '../register/register-store';
import { forgetTab, routeMessage } from './message-router';

const TAB = 7;
const fromPortalTab = (tabId = TAB): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-ho-so.html',
  tab: { id: tabId } as Tabs.Tab,
});
const fromPrintPage = (): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/print.html'),
});
const fromOtherExtension = (): Runtime.MessageSender => ({ ...fromPortalTab(), id: 'another-extension' });

const register = (change: RegisterChange): BackgroundMessage => ({ type: 'mctt:register', change });
const seen = (code: string) =>
  register({ op: 'seen', dossier: { code, kind: 'birth', status: 'processing', dueAt: '2026-11-27' } });
const letters = register({
  op: 'letters',
  records: [{ id: 'job-0', printedAt: '2026-11-25T02:00:00.000Z', kind: 'apology' }],
});

describe('routeMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setTodayOverride('2026-11-25');
    forgetTab(TAB);
    forgetTab(TAB + 1);
  });

  it.each<[string, Runtime.MessageSender]>([
    ['another extension', fromOtherExtension()],
    ['a sender with neither a tab nor our page', { id: fakeBrowser.runtime.id, url: 'https://example.com/' }],
  ])('answers nothing to %s', async (_, sender) => {
    expect(routeMessage(seen('H-1'), sender)).toBeUndefined();
    expect(routeMessage({ type: 'mctt:session-get', kind: 'manual', keys: ['H-1'] }, sender)).toBeUndefined();
    expect((await readRegister()).seen).toEqual([]);
  });

  it('answers nothing to a message of the wrong shape', () => {
    expect(routeMessage({ type: 'mctt:register', change: { op: 'drop-table' } }, fromPortalTab())).toBeUndefined();
    expect(routeMessage({ type: 'mctt:session-set', kind: 'passwords', key: 'x' }, fromPortalTab())).toBeUndefined();
  });

  it('lets the print page record letters and clear the register, never a portal tab', async () => {
    expect(await routeMessage(letters, fromPortalTab())).toBe(false);
    expect((await readRegister()).letters).toEqual([]);
    expect(await routeMessage(letters, fromPrintPage())).toBe(true);
    expect((await readRegister()).letters.map((r) => r.id)).toEqual(['job-0']);
    expect(await routeMessage(register({ op: 'clear' }), fromPortalTab())).toBe(false);
    expect((await readRegister()).letters).toHaveLength(1);
    expect(await routeMessage(register({ op: 'clear' }), fromPrintPage())).toBe(true);
    expect((await readRegister()).letters).toEqual([]);
  });

  it('a portal tab cycling dossier codes records a burst, then no more; other tabs are not held back', async () => {
    const answers = [];
    for (let i = 0; i < 30; i += 1) answers.push(await routeMessage(seen(`H-${i}`), fromPortalTab()));
    expect(answers.filter((ok) => ok === true)).toHaveLength(10);
    expect((await readRegister()).seen).toHaveLength(10);
    expect(await routeMessage(seen('OTHER-TAB'), fromPortalTab(TAB + 1))).toBe(true);
  });

  it('keeps only the codes and dates the register needs of a dossier seen', async () => {
    const dossier = {
      code: 'H-1',
      kind: 'birth',
      status: 'processing',
      dueAt: '2026-11-27',
      applicant: { name: 'Nguyễn Văn A', phone: '0912345678' },
    };
    expect(await routeMessage({ type: 'mctt:register', change: { op: 'seen', dossier } }, fromPortalTab())).toBe(true);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain('H-1');
    expect(stored).not.toContain('Nguyễn');
    expect(stored).not.toContain('0912345678');
  });

  it('keeps session records for a portal tab and tells the other tabs the dossier’s key only', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const other = await fakeBrowser.tabs.create({ url: 'https://dichvucong.gov.vn/p/2' });
    const sender = fromPortalTab();
    expect(
      await routeMessage({ type: 'mctt:session-set', kind: 'courtesy', key: 'H-1', value: ['greeted'] }, sender),
    ).toBe(true);
    expect(await routeMessage({ type: 'mctt:session-get', kind: 'courtesy', keys: ['H-1'] }, sender)).toEqual({
      values: { 'H-1': ['greeted'] },
      problems: [],
    });
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(other.id, { type: 'mctt:session-changed', kind: 'courtesy', key: 'H-1' }),
    );
    expect(sent.mock.calls.every(([tabId]) => tabId !== TAB)).toBe(true);
    // A record of the wrong shape is refused, and nobody is told.
    sent.mockClear();
    expect(
      await routeMessage({ type: 'mctt:session-set', kind: 'courtesy', key: 'H-1', value: 'đã chào' }, sender),
    ).toBe(false);
    expect(sent).not.toHaveBeenCalled();
  });

  it('numbers apology slips for our print pages one request at a time, never for a portal tab', async () => {
    const ask = (code: string): BackgroundMessage => ({
      type: 'mctt:apology-slips',
      requests: [{ request: `job-${code}`, dossierCode: code, reason: 'chờ xác minh', newReturnDate: '2026-11-30' }],
      format: '{số}/PXL-UBND',
    });
    expect(await routeMessage(ask('H-0'), fromPortalTab())).toBeNull();
    const answers = (await Promise.all(
      ['H-1', 'H-2', 'H-3'].map((code) => routeMessage(ask(code), fromPrintPage())),
    )) as {
      slip: { number: string };
    }[][];
    expect(answers.map(([outcome]) => outcome?.slip.number).sort()).toEqual(['1/PXL-UBND', '2/PXL-UBND', '3/PXL-UBND']);
    expect((await readCheckedApologyBook()).value.slips.map((s) => s.dossierCode).sort()).toEqual([
      'H-1',
      'H-2',
      'H-3',
    ]);
  });

  it('refuses slip requests of the wrong shape', () => {
    const bad = { request: 'job', dossierCode: 'H-1', reason: '', newReturnDate: 'ngày mai' } as SlipRequest;
    expect(
      routeMessage({ type: 'mctt:apology-slips', requests: [bad], format: '{số}' }, fromPrintPage()),
    ).toBeUndefined();
  });

  it.each([
    ['office', '/options.html#office'],
    ['desk-screen', '/options.html#desk-screen'],
    ['../print.html', '/options.html'],
    [undefined, '/options.html'],
  ])('opens the options page at a section it has (%j → %s)', async (section, path) => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await routeMessage({ type: 'mctt:open-options', section }, fromPortalTab())).toBe(true);
    expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(path as '/options.html') });
  });

  it('tries a recipe on an open tab only for our own pages', () => {
    const trial = { type: 'mctt:try-recipe', recipe: {} };
    expect(routeMessage(trial, fromPortalTab())).toBeUndefined();
    expect(routeMessage(trial, fromPrintPage())).toBeInstanceOf(Promise);
  });
});
