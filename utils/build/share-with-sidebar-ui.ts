/**
 * Build only (wxt.config.ts). The sidebar's UI script is injected into a portal page after the content script has
 * started there, in the same isolated world: the modules both need are bundled in content.js alone, which hands
 * them over (utils/page/ui-shared.ts), and sidebar-ui.js reads them from there, through the IIFE format's own
 * mechanism for external modules (a global per module), instead of carrying a second copy.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { UI_SHARED_GLOBAL, UI_SHARED_MODULES } from '../page/ui-shared-modules';

/** The file that imports every shared module: the paths in the list resolve from there. */
const HANDED_OVER_FROM = fileURLToPath(new URL('../page/ui-shared.ts', import.meta.url));

/** Only the UI script's build is changed; every other entrypoint builds as before. */
const isSidebarUiBuild = (entry: unknown): boolean => typeof entry === 'string' && entry.includes('sidebar-ui.content');

export function shareWithSidebarUi(): Plugin {
  let active = false;
  /** Resolved file → the path content.js hands it over by. */
  const shared = new Map<string, string>();
  return {
    name: 'mctt:share-with-sidebar-ui',
    // Before Vite's own resolver, which would otherwise settle every import first.
    enforce: 'pre',
    config(config) {
      const lib = config.build?.lib;
      active = isSidebarUiBuild(lib ? lib.entry : undefined);
      if (!active) return;
      const global = (path: string) =>
        `globalThis[Symbol.for(${JSON.stringify(UI_SHARED_GLOBAL)})][${JSON.stringify(path)}]`;
      return { build: { rollupOptions: { output: { globals: global } } } };
    },
    async buildStart() {
      if (!active) return;
      shared.clear();
      for (const path of UI_SHARED_MODULES) {
        const resolved = await this.resolve(path, HANDED_OVER_FROM);
        if (!resolved) this.error(`A module shared with the sidebar's UI does not resolve: ${path}`);
        shared.set(resolved.id, path);
      }
    },
    async resolveId(source, importer, options) {
      if (!active || importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const path = shared.get(resolved.id);
      return path === undefined ? resolved : { id: path, external: true };
    },
  };
}
