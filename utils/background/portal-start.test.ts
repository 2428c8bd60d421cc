import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTodayOverride } from '../clock/clock';
import { forgetEarlyPress, holdEarlyPress, startPortalPage } from './portal-start';

const TAB = 9;
/** A tab whose address the browser shows: a host the extension may read. */
const portalTab = (id = TAB) => ({ id, url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-ho-so.html' });

describe('the content script, brought into a portal page once it has loaded', () => {
  let injected: MockInstance<typeof fakeBrowser.scripting.executeScript>;
  let told: MockInstance<typeof fakeBrowser.tabs.sendMessage>;
  beforeEach(() => {
    fakeBrowser.reset();
    setTodayOverride('2026-11-25');
    vi.useFakeTimers({ now: new Date('2026-11-25T02:00:00Z'), toFake: ['Date'] });
    forgetEarlyPress(TAB);
    injected = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ res: undefined } as never);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const toldNames = () => told.mock.calls.map(([, message]) => (message as { type: string }).type);

  it('into the very document that asked, where the browser names it, without waiting for document_idle', async () => {
    await startPortalPage({ tabId: TAB, frameId: 0, documentId: 'DOC-1' });
    expect(injected).toHaveBeenCalledWith({
      target: { tabId: TAB, documentIds: ['DOC-1'] },
      files: ['/content-scripts/content.js'],
      injectImmediately: true,
    });
    expect(told).not.toHaveBeenCalled();
  });

  it('into the frame that asked, where the browser names no document (Firefox)', async () => {
    await startPortalPage({ tabId: TAB, frameId: 3 });
    expect(injected.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: TAB, frameIds: [3] } });
  });

  it('a toolbar press made while the page loaded opens the sidebar once the script is there, once', async () => {
    holdEarlyPress(portalTab(), 'openSidebar');
    holdEarlyPress(portalTab(), 'openSidebar');
    await startPortalPage({ tabId: TAB });
    expect(toldNames()).toEqual(['openSidebar']);
    expect(told.mock.calls[0]?.[0]).toBe(TAB);
    // Injected again later (the officer's next page): the press was used.
    await startPortalPage({ tabId: TAB });
    expect(toldNames()).toEqual(['openSidebar']);
  });

  it('the shortcut wins over a press, whichever came first', async () => {
    holdEarlyPress(portalTab(), 'focusSidebar');
    holdEarlyPress(portalTab(), 'openSidebar');
    await startPortalPage({ tabId: TAB });
    holdEarlyPress(portalTab(), 'openSidebar');
    holdEarlyPress(portalTab(), 'focusSidebar');
    await startPortalPage({ tabId: TAB });
    expect(toldNames()).toEqual(['focusSidebar', 'focusSidebar']);
  });

  it('a press on a page the extension may not read (no address shown) is not kept', async () => {
    holdEarlyPress({ id: TAB }, 'openSidebar');
    await startPortalPage({ tabId: TAB });
    expect(told).not.toHaveBeenCalled();
  });

  it('a press from long ago, another tab’s press, or a closed tab’s press opens nothing', async () => {
    holdEarlyPress(portalTab(), 'openSidebar');
    vi.setSystemTime(new Date('2026-11-25T02:00:11Z'));
    await startPortalPage({ tabId: TAB });
    holdEarlyPress(portalTab(TAB + 1), 'openSidebar');
    await startPortalPage({ tabId: TAB });
    holdEarlyPress(portalTab(), 'openSidebar');
    forgetEarlyPress(TAB);
    await startPortalPage({ tabId: TAB });
    expect(told).not.toHaveBeenCalled();
  });

  it('a page that went away before the script came: the injection fails, the press is not replayed', async () => {
    injected.mockRejectedValue(new Error('No frame with id 0 in tab 9.'));
    holdEarlyPress(portalTab(), 'openSidebar');
    await expect(startPortalPage({ tabId: TAB })).rejects.toThrow('No frame');
    expect(told).not.toHaveBeenCalled();
  });
});
