import { browser } from '#imports';
import { PORTAL_START_SCRIPT } from '../background/portal-start';
import { addedPortalOrigins } from './portal-origin';

const SCRIPT_ID = 'mctt-added-portals';

/** Hosts the team lead added and the browser granted. */
export async function addedPortals(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return addedPortalOrigins(origins);
}

/** Runs the start script (and so the content script) on exactly the added hosts: registered anew whenever permissions change. */
export async function syncAddedPortals(): Promise<void> {
  const matches = await addedPortals();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: [PORTAL_START_SCRIPT], runAt: 'document_start', persistAcrossSessions: true },
  ]);
}
