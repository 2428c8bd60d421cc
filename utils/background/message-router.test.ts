import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, UNANSWERED } from '../../tests/unit/deliver-message';
import { setTodayOverride } from '../clock/clock';
import type { BackgroundMessageName } from '../messaging/protocol';
import { takePrintJob } from '../print/print-job';
import type { SlipOutcome, SlipRequest } from '../register/apology-book';
import { readCheckedApologyBook } from '../register/apology-store';
import type { RegisterChange } from '../register/register-changes';
import { readRegister } from '../register/register-store';
import { forgetTab, listenToMessages } from './message-router';

const TAB = 7;
const fromPortalTab = (tabId = TAB): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-ho-so.html',
  tab: { id: tabId, index: 2 } as Tabs.Tab,
  frameId: 0,
});
const fromPrintPage = (): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/print.html'),
});
const fromOtherExtension = (): Runtime.MessageSender => ({ ...fromPortalTab(), id: 'another-extension' });
const fromNowhere = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://example.com/' });

const seen = (code: string): RegisterChange => ({
  op: 'seen',
  dossier: { code, kind: 'birth', status: 'processing', dueAt: '2026-11-27' },
});
const letters: RegisterChange = {
  op: 'letters',
  records: [{ id: 'job-0', printedAt: '2026-11-25T02:00:00.000Z', kind: 'apology' }],
};
const REFUSED = /Refused/;

describe('the background’s messages', () => {
  let stop = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    setTodayOverride('2026-11-25');
    forgetTab(TAB);
    forgetTab(TAB + 1);
    stop = listenToMessages();
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it.each<[string, Runtime.MessageSender]>([
    ['another extension', fromOtherExtension()],
    ['a sender with neither a tab nor our page', fromNowhere()],
  ])('refuses every message from %s', async (_, sender) => {
    const tries: [BackgroundMessageName, unknown][] = [
      ['changeRegister', seen('H-1')],
      ['readSessionRecords', { kind: 'manual', keys: ['H-1'] }],
      ['writeSessionRecord', { kind: 'manual', key: 'H-1', value: null }],
      ['openOptionsPage', undefined],
      ['showUrgentCount', 3],
    ];
    for (const [name, data] of tries) await expect(deliver(name, data, sender)).rejects.toThrow(REFUSED);
    expect((await readRegister()).seen).toEqual([]);
  });

  it('refuses a message of the wrong shape', async () => {
    await expect(deliver('changeRegister', { op: 'drop-table' }, fromPortalTab())).rejects.toThrow(REFUSED);
    await expect(deliver('writeSessionRecord', { kind: 'passwords', key: 'x' }, fromPortalTab())).rejects.toThrow(
      REFUSED,
    );
    await expect(deliver('readSessionRecords', { kind: 'manual', keys: [''] }, fromPortalTab())).rejects.toThrow(
      REFUSED,
    );
    await expect(deliver('showUrgentCount', 'many', fromPortalTab())).rejects.toThrow(REFUSED);
    await expect(deliver('openPrintPage', { letters: [] }, fromPortalTab())).rejects.toThrow(REFUSED);
  });

  it('leaves messages for portal tabs to them', async () => {
    expect(await deliver('toggleSidebar', undefined, fromPortalTab())).toBe(UNANSWERED);
  });

  it('lets the print page record letters and clear the register, never a portal tab', async () => {
    expect(await deliver('changeRegister', letters, fromPortalTab())).toBe(false);
    expect((await readRegister()).letters).toEqual([]);
    expect(await deliver('changeRegister', letters, fromPrintPage())).toBe(true);
    expect((await readRegister()).letters.map((r) => r.id)).toEqual(['job-0']);
    expect(await deliver('changeRegister', { op: 'clear' }, fromPortalTab())).toBe(false);
    expect((await readRegister()).letters).toHaveLength(1);
    expect(await deliver('changeRegister', { op: 'clear' }, fromPrintPage())).toBe(true);
    expect((await readRegister()).letters).toEqual([]);
  });

  it('a portal tab cycling dossier codes records a burst, then no more; other tabs are not held back', async () => {
    const answers = [];
    for (let i = 0; i < 30; i += 1) answers.push(await deliver('changeRegister', seen(`H-${i}`), fromPortalTab()));
    expect(answers.filter((ok) => ok === true)).toHaveLength(10);
    expect((await readRegister()).seen).toHaveLength(10);
    expect(await deliver('changeRegister', seen('OTHER-TAB'), fromPortalTab(TAB + 1))).toBe(true);
  });

  it('keeps only the codes and dates the register needs of a dossier seen', async () => {
    const dossier = {
      code: 'H-1',
      kind: 'birth',
      status: 'processing',
      dueAt: '2026-11-27',
      applicant: { name: 'Nguyễn Văn A', phone: '0912345678' },
    };
    expect(await deliver('changeRegister', { op: 'seen', dossier }, fromPortalTab())).toBe(true);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain('H-1');
    expect(stored).not.toContain('Nguyễn');
    expect(stored).not.toContain('0912345678');
  });

  it('keeps session records for a portal tab and tells the other tabs the dossier’s key only', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const other = await fakeBrowser.tabs.create({ url: 'https://dichvucong.gov.vn/p/2' });
    const sender = fromPortalTab();
    expect(await deliver('writeSessionRecord', { kind: 'courtesy', key: 'H-1', value: ['greeted'] }, sender)).toBe(
      true,
    );
    expect(await deliver('readSessionRecords', { kind: 'courtesy', keys: ['H-1'] }, sender)).toEqual({
      values: { 'H-1': ['greeted'] },
      problems: [],
    });
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(
        other.id,
        expect.objectContaining({ type: 'sessionRecordsChanged', data: { kind: 'courtesy', key: 'H-1' } }),
        undefined,
      ),
    );
    expect(sent.mock.calls.every(([tabId]) => tabId !== TAB)).toBe(true);
    // A record of the wrong shape is refused, and nobody is told.
    sent.mockClear();
    expect(await deliver('writeSessionRecord', { kind: 'courtesy', key: 'H-1', value: 'đã chào' }, sender)).toBe(false);
    expect(sent).not.toHaveBeenCalled();
    // The dossiers kept for batch letters are nobody else's business: no tab is told.
    expect(
      await deliver(
        'writeSessionRecord',
        {
          kind: 'dossier',
          key: 'H-2',
          value: {
            code: 'H-2',
            procedureName: 'Khai sinh',
            kind: 'birth',
            status: 'new',
            statusText: 'Mới',
            applicant: { name: 'Trần Thị B' },
          },
        },
        sender,
      ),
    ).toBe(true);
    expect(sent).not.toHaveBeenCalled();
  });

  it('numbers apology slips for our print pages one request at a time, never for a portal tab', async () => {
    const ask = (code: string) => ({
      requests: [{ request: `job-${code}`, dossierCode: code, reason: 'chờ xác minh', newReturnDate: '2026-11-30' }],
      format: '{số}/PXL-UBND',
    });
    await expect(deliver('numberApologySlips', ask('H-0'), fromPortalTab())).rejects.toThrow(REFUSED);
    const answers = (await Promise.all(
      ['H-1', 'H-2', 'H-3'].map((code) => deliver('numberApologySlips', ask(code), fromPrintPage())),
    )) as SlipOutcome[][];
    expect(answers.map(([outcome]) => outcome?.ok && outcome.slip.number).sort()).toEqual([
      '1/PXL-UBND',
      '2/PXL-UBND',
      '3/PXL-UBND',
    ]);
    expect((await readCheckedApologyBook()).value.slips.map((s) => s.dossierCode).sort()).toEqual([
      'H-1',
      'H-2',
      'H-3',
    ]);
  });

  it('refuses slip requests of the wrong shape', async () => {
    const bad = { request: 'job', dossierCode: 'H-1', reason: '', newReturnDate: 'ngày mai' } as SlipRequest;
    await expect(deliver('numberApologySlips', { requests: [bad], format: '{số}' }, fromPrintPage())).rejects.toThrow(
      REFUSED,
    );
  });

  it.each([
    ['office', '/options.html#office'],
    ['desk-screen', '/options.html#desk-screen'],
    ['../print.html', '/options.html'],
    [undefined, '/options.html'],
  ])('opens the options page at a section it has (%j → %s)', async (section, path) => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await deliver('openOptionsPage', section, fromPortalTab())).toBe(true);
    expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(path as '/options.html') });
  });

  it('tries a recipe on an open tab only for our own pages', async () => {
    await expect(deliver('tryRecipeInOpenTab', {}, fromPortalTab())).rejects.toThrow(REFUSED);
    expect(await deliver('tryRecipeInOpenTab', {}, fromPrintPage())).toMatchObject({ ok: false });
  });

  it('opens the print page beside a portal tab with its job kept for it, or the thank-you form; never for a page', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const job = { letters: [{ kind: 'thank-you' as const, dossier: null }] };
    await expect(deliver('openPrintPage', job, fromPrintPage())).rejects.toThrow(REFUSED);
    expect(await deliver('openPrintPage', job, fromPortalTab())).toBe(true);
    const { url, openerTabId, index } = created.mock.calls[0]?.[0] ?? {};
    expect({ openerTabId, index }).toEqual({ openerTabId: TAB, index: 3 });
    const jobId = decodeURIComponent(url?.split('#job=')[1] ?? '');
    expect(await takePrintJob(jobId)).toEqual(job);
    expect(await deliver('openThankYouForm', undefined, fromPortalTab())).toBe(true);
    expect(created.mock.calls[1]?.[0].url).toBe(fakeBrowser.runtime.getURL('/print.html#thank-you' as '/print.html'));
    await expect(deliver('openThankYouForm', undefined, fromPrintPage())).rejects.toThrow(REFUSED);
  });

  it('puts a portal tab’s urgent count on its toolbar badge', async () => {
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    await deliver('showUrgentCount', 1234, fromPortalTab());
    await deliver('showUrgentCount', 0, fromPortalTab());
    expect(badge.mock.calls).toEqual([[{ tabId: TAB, text: '999' }], [{ tabId: TAB, text: '' }]]);
    await expect(deliver('showUrgentCount', 1, fromPrintPage())).rejects.toThrow(REFUSED);
  });

  it('injects the sidebar’s UI into the portal frame that asks, for no page', async () => {
    const injected = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    expect(await deliver('loadSidebarUi', undefined, { ...fromPortalTab(), frameId: 4 })).toBe(true);
    expect(injected).toHaveBeenCalledWith({
      target: { tabId: TAB, frameIds: [4] },
      files: ['/content-scripts/sidebar-ui.js'],
    });
    await expect(deliver('loadSidebarUi', undefined, fromPrintPage())).rejects.toThrow(REFUSED);
  });

  it('brings the content script into the portal document whose start script asks, for no page', async () => {
    const injected = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const sender = { ...fromPortalTab(), documentId: 'DOC-7' } as Runtime.MessageSender;
    expect(await deliver('startPortalPage', undefined, sender)).toBe(true);
    expect(injected).toHaveBeenCalledWith({
      target: { tabId: TAB, documentIds: ['DOC-7'] },
      files: ['/content-scripts/content.js'],
      injectImmediately: true,
    });
    // The tab closed on the way: answered false, never an error for the start script.
    injected.mockRejectedValueOnce(new Error('No tab with id: 7.'));
    expect(await deliver('startPortalPage', undefined, sender)).toBe(false);
    await expect(deliver('startPortalPage', undefined, fromPrintPage())).rejects.toThrow(REFUSED);
    expect(injected).toHaveBeenCalledTimes(2);
  });
});
