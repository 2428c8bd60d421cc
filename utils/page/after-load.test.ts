// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { afterLoadAndIdle } from './after-load';

/** The parts of WXT's context the wait uses, on the fake timers. */
const fakeContext = () =>
  ({
    signal: new AbortController().signal,
    setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
    requestIdleCallback: (handler: () => void) => window.setTimeout(handler, 0),
  }) as unknown as ContentScriptContext;

describe('afterLoadAndIdle', () => {
  let readyState: DocumentReadyState;

  beforeEach(() => {
    vi.useFakeTimers();
    readyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => {
      done = true;
    });
    return () => done;
  };

  it('waits for the page’s load event, however long the page parses', async () => {
    const done = settled(afterLoadAndIdle(fakeContext()));
    await vi.advanceTimersByTimeAsync(2000);
    expect(done()).toBe(false);
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(20);
    expect(done()).toBe(true);
  });

  it('starts anyway when the page never finishes loading (an image that hangs)', async () => {
    const done = settled(afterLoadAndIdle(fakeContext(), { maxLoadWaitMs: 3000 }));
    await vi.advanceTimersByTimeAsync(2990);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(30);
    expect(done()).toBe(true);
  });

  it('starts at once on a page already loaded (the extension installed or reloaded)', async () => {
    readyState = 'complete';
    const done = settled(afterLoadAndIdle(fakeContext()));
    await vi.advanceTimersByTimeAsync(20);
    expect(done()).toBe(true);
  });
});
