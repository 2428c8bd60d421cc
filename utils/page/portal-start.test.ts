// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { MAX_LOAD_WAIT_MS, type StartDocument, startAfterLoad, startWhenShown } from './portal-start';

describe('startAfterLoad', () => {
  let start: Mock<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    start = vi.fn<() => void>();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a page that has loaded already: at once', () => {
    startAfterLoad(window, 'complete', start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it.each(['loading', 'interactive'] as const)(
    'a page still %s: once its load event is over (pageshow), not before, and once only',
    (state) => {
      startAfterLoad(window, state, start);
      window.dispatchEvent(new Event('load'));
      vi.advanceTimersByTime(MAX_LOAD_WAIT_MS - 1);
      expect(start).not.toHaveBeenCalled();
      window.dispatchEvent(new Event('pageshow'));
      expect(start).toHaveBeenCalledTimes(1);
      window.dispatchEvent(new Event('pageshow'));
      vi.advanceTimersByTime(MAX_LOAD_WAIT_MS);
      expect(start).toHaveBeenCalledTimes(1);
    },
  );

  it('a page whose load never ends (an image that hangs): after the longest wait, once only', () => {
    startAfterLoad(window, 'interactive', start, 500);
    vi.advanceTimersByTime(499);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pageshow'));
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('startWhenShown', () => {
  const documentThat = (prerendering: boolean | undefined) => {
    const target = new EventTarget() as EventTarget & StartDocument;
    target.prerendering = prerendering;
    return target;
  };

  it.each([false, undefined])('a page on screen (prerendering: %s): at once', (prerendering) => {
    const start = vi.fn<() => void>();
    startWhenShown(documentThat(prerendering), start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('a page the browser prerenders: only once the officer opens it, and once', () => {
    const start = vi.fn<() => void>();
    const doc = documentThat(true);
    startWhenShown(doc, start);
    expect(start).not.toHaveBeenCalled();
    doc.dispatchEvent(new Event('prerenderingchange'));
    doc.dispatchEvent(new Event('prerenderingchange'));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
