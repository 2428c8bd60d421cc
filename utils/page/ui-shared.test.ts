import { describe, expect, it } from 'vitest';
import { shareWithSidebarUi, UI_SHARED } from './ui-shared';
import { UI_SHARED_GLOBAL, UI_SHARED_MODULES } from './ui-shared-modules';

describe('modules content.js hands over to the sidebar’s UI script', () => {
  it('are exactly the listed ones, each once', () => {
    expect(Object.keys(UI_SHARED)).toEqual([...UI_SHARED_MODULES]);
    expect(new Set(UI_SHARED_MODULES).size).toBe(UI_SHARED_MODULES.length);
  });

  it.each(UI_SHARED_MODULES.filter((path) => path.startsWith('@/')))(
    '%s is handed over as that very module',
    async (path) => {
      const module = await import(/* @vite-ignore */ path);
      expect(Object.keys(UI_SHARED[path]).sort()).toEqual(Object.keys(module).sort());
      for (const name of Object.keys(module)) expect(UI_SHARED[path][name as keyof object]).toBe(module[name]);
    },
  );

  it('are left where the UI script’s build reads them', () => {
    shareWithSidebarUi();
    expect((globalThis as Record<symbol, unknown>)[Symbol.for(UI_SHARED_GLOBAL)]).toBe(UI_SHARED);
  });
});
