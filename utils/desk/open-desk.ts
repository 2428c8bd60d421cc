import { browser } from '#imports';

/** The desk screen's address inside the extension. */
export const DESK_PAGE_PATH = '/desk.html';

/**
 * Opens the desk screen in a window of its own, for the officer to drag onto the second monitor or TV and put in
 * full screen there (browsers allow full screen only after a click on the page itself).
 */
export async function openDeskScreen(): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL(DESK_PAGE_PATH), type: 'normal', focused: true });
}
