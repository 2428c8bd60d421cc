// @vitest-environment jsdom

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { createSidebarHost } from './sidebar-host';
import { SIDEBAR_HOST_TAG } from './sidebar-ui-bridge';

function setUp() {
  const stops: Array<() => void> = [];
  const abort = new AbortController();
  const ctx = {
    onInvalidated: (stop: () => void) => void stops.push(stop),
    signal: abort.signal,
  } as unknown as ContentScriptContext;
  const onMount = vi.fn<(container: HTMLElement) => void>((container) => {
    container.append(Object.assign(document.createElement('input'), { id: 'typed' }));
  });
  const onRemove = vi.fn<() => void>();
  const host = createSidebarHost(ctx, { css: '.mctt-sidebar { color: teal; }', onMount, onRemove });
  return {
    host,
    onMount,
    onRemove,
    invalidate: () => {
      for (const stop of stops) stop();
    },
  };
}

afterEach(() => {
  for (const el of document.querySelectorAll(SIDEBAR_HOST_TAG)) el.remove();
});

describe('createSidebarHost', () => {
  it('shows under <html>, after <body>, in an open shadow root styled by its own sheet and the host reset', () => {
    const { host, onMount } = setUp();
    expect(document.querySelector(SIDEBAR_HOST_TAG)).toBeNull();
    host.show();
    const element = document.documentElement.lastElementChild;
    expect(element).toBe(host.element);
    expect(element?.localName).toBe(SIDEBAR_HOST_TAG);
    expect(onMount).toHaveBeenCalledExactlyOnceWith(host.container);
    const style = host.element.shadowRoot?.querySelector('style')?.textContent ?? '';
    expect(style).toContain(':host{all:initial !important;}');
    expect(style).toContain('.mctt-sidebar { color: teal; }');
    expect(host.element.shadowRoot?.contains(host.container)).toBe(true);
    host.show();
    expect(onMount).toHaveBeenCalledTimes(1);
  });

  it('hides: the host leaves the page, the UI is told and the container emptied; shown again, it draws anew', () => {
    const { host, onMount, onRemove } = setUp();
    host.show();
    host.hide();
    expect(host.element.isConnected).toBe(false);
    expect(host.shown).toBe(false);
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(host.container.childElementCount).toBe(0);
    host.show();
    expect(onMount).toHaveBeenCalledTimes(2);
  });

  it('comes back when the page removes it, the same element with what was drawn, at most 20 times a minute', () => {
    const { host } = setUp();
    host.show();
    const typed = host.container.querySelector('#typed');
    for (let i = 0; i < 20; i += 1) {
      host.element.remove();
      host.ensure();
      expect(host.element.isConnected).toBe(true);
    }
    expect(host.container.querySelector('#typed')).toBe(typed);
    host.element.remove();
    host.ensure();
    expect(host.element.isConnected).toBe(false);
  });

  it('a hidden host is not put back; the page watcher tells the host from the page’s own nodes', () => {
    const { host } = setUp();
    host.ensure();
    expect(host.element.isConnected).toBe(false);
    host.show();
    expect(host.isOwn(host.element)).toBe(true);
    expect(host.isOwn(document.body)).toBe(false);
  });

  it('leaves the page when the extension reloads (the context is invalidated)', () => {
    const { host, onRemove, invalidate } = setUp();
    host.show();
    invalidate();
    expect(host.element.isConnected).toBe(false);
    expect(onRemove).toHaveBeenCalled();
  });
});
