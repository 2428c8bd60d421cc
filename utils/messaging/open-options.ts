import { browser } from '#imports';
import type { OptionsSectionId } from './protocol';

interface TabContext {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}

type GetContexts = (filter: { contextTypes: string[] }) => Promise<TabContext[]>;

/** The tab already showing the options page, if any: one options tab is enough. */
async function openOptionsTab(pageUrl: string): Promise<{ tabId: number; windowId: number } | undefined> {
  // Chrome 116+ lists the extension's own pages without the "tabs" permission; elsewhere, tabs whose URL we may see.
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  if (getContexts) {
    const contexts = await getContexts({ contextTypes: ['TAB'] });
    return contexts.find((c) => c.documentUrl?.startsWith(pageUrl) && c.tabId >= 0);
  }
  const tab = (await browser.tabs.query({})).find((t) => t.url?.startsWith(pageUrl));
  return tab?.id === undefined || tab.windowId === undefined ? undefined : { tabId: tab.id, windowId: tab.windowId };
}

/**
 * Opens the options page at one section (options.html#office), or at its top; an options tab already open is
 * brought forward and moved to that section rather than opened twice.
 */
export async function openOptionsPage(section?: OptionsSectionId): Promise<void> {
  const pageUrl = browser.runtime.getURL('/options.html');
  const url = section ? `${pageUrl}#${section}` : pageUrl;
  const open = await openOptionsTab(pageUrl).catch(() => undefined);
  if (!open) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.tabId, { url, active: true });
  await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
}
