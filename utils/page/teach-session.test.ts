// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageHtml } from '../../tests/portal/load-page';
import { readPolicy } from '../settings/managed';
import { RECIPES_LOCKED, saveTaughtLocator } from '../settings/recipe-storage';
import { settingsItem } from '../settings/settings';
import { createSidebarStore } from '../store/sidebar-store';
import { createTeachSession } from './teach-session';

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('teaching a field on the page', () => {
  const save = vi.fn(saveTaughtLocator);
  const refresh = vi.fn();
  let store: ReturnType<typeof createSidebarStore>;
  let session: ReturnType<typeof createTeachSession>;

  beforeEach(() => {
    fakeBrowser.reset();
    save.mockClear();
    refresh.mockClear();
    document.documentElement.innerHTML = pageHtml('unusual-receipt.html').replace(/^<!doctype html>/i, '');
    store = createSidebarStore();
    // jsdom's clicks are all scripted: here they stand for the officer's own.
    session = createTeachSession({ store, doc: document, isOwn: () => false, refresh, save, isTrusted: () => true });
  });

  const due = () => document.getElementById('ctl00_cph_lblHenTra') as Element;

  it('proposes what it would read, and saves only how to find it once the officer confirms', async () => {
    session.startTeaching('dossier', 'dueAt');
    expect(store.getState().teaching).toEqual({ scope: 'dossier', field: 'dueAt', phase: 'pointing' });
    click(due());
    expect(store.getState().teaching).toMatchObject({
      phase: 'proposed',
      value: '26/11/2026',
      locator: { label: 'Hẹn trả ngày', selector: 'span#ctl00_cph_lblHenTra' },
    });
    expect(save).not.toHaveBeenCalled();

    await session.confirmTeaching();
    expect(store.getState().teaching).toMatchObject({ phase: 'saved' });
    expect(refresh).toHaveBeenCalledTimes(1);
    const stored = await settingsItem.getValue();
    expect(stored.recipes).toEqual([
      {
        host: 'localhost',
        fields: { dueAt: { label: 'Hẹn trả ngày', selector: 'span#ctl00_cph_lblHenTra' } },
        columns: {},
      },
    ]);
    expect(store.getState().settings.recipes).toEqual(stored.recipes);
    // How to find the field, never the citizen's value.
    expect(JSON.stringify(stored)).not.toContain('26/11/2026');
  });

  it('Esc and “Hủy” leave nothing behind', () => {
    session.startTeaching('dossier', 'code');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(store.getState().teaching).toBeNull();
    session.startTeaching('dossier', 'code');
    session.cancelTeaching();
    click(due());
    expect(store.getState().teaching).toBeNull();
    expect(document.querySelector('mctt-pointer')).toBeNull();
  });

  it('a value of the wrong kind is refused with the reason, and nothing is saved', async () => {
    session.startTeaching('dossier', 'code');
    click(due());
    expect(store.getState().teaching).toMatchObject({
      phase: 'refused',
      message: '“26/11/2026” không giống một mã hồ sơ. Anh/chị bấm đúng vào mã hồ sơ.',
    });
    await session.confirmTeaching();
    expect(save).not.toHaveBeenCalled();
  });

  it('a section the office policy manages is never written: the officer is told why', async () => {
    await fakeBrowser.storage.managed.set({ locked: ['recipes'] });
    expect(readPolicy({ locked: ['recipes'] }).locked).toEqual(['recipes']);
    session.startTeaching('dossier', 'dueAt');
    click(due());
    await session.confirmTeaching();
    expect(store.getState().teaching).toMatchObject({ phase: 'refused', message: RECIPES_LOCKED });
    expect((await settingsItem.getValue()).recipes).toEqual([]);
  });
});
