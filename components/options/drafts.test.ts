import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftGroup, flushWhenLeft, SAVE_PAUSE_MS } from './drafts';

/** Types `text` one character at a time, `gapMs` apart, as an officer does. */
function type(edit: (text: string) => void, text: string, gapMs: number, from = '') {
  for (let i = 1; i <= text.length; i++) {
    edit(from + text.slice(0, i));
    vi.advanceTimersByTime(gapMs);
  }
}

describe('drafts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a typed word once, after the pause, not once per keystroke', () => {
    const save = vi.fn();
    const draft = createDraftGroup().draft(save);
    type(draft.edit, 'xã Hòa Bình Tây Nam.', 150);
    expect(save).not.toHaveBeenCalled();
    expect(draft.pending).toBe(true);
    vi.advanceTimersByTime(SAVE_PAUSE_MS);
    expect(save.mock.calls).toEqual([['xã Hòa Bình Tây Nam.']]);
    expect(draft.pending).toBe(false);
  });

  it('saves at each pause, with the text as it then is', () => {
    const save = vi.fn();
    const draft = createDraftGroup().draft(save);
    type(draft.edit, 'Hòa', 100);
    vi.advanceTimersByTime(SAVE_PAUSE_MS);
    type(draft.edit, ' Bình', 100, 'Hòa');
    vi.advanceTimersByTime(SAVE_PAUSE_MS);
    expect(save.mock.calls).toEqual([['Hòa'], ['Hòa Bình']]);
  });

  it('waits the whole pause after the last keystroke', () => {
    const save = vi.fn();
    const draft = createDraftGroup({ pauseMs: 700 }).draft(save);
    draft.edit('a');
    vi.advanceTimersByTime(600);
    draft.edit('ab');
    vi.advanceTimersByTime(699);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save.mock.calls).toEqual([['ab']]);
  });

  it.each([
    ['flush (the field is left, or Enter)', (d: { flush(): void }) => d.flush()],
    ['close (the field goes away)', (d: { close(): void }) => d.close()],
  ])('%s saves the waiting text at once, and the timer saves nothing more', (_, leave) => {
    const save = vi.fn();
    const draft = createDraftGroup().draft(save);
    type(draft.edit, 'Võ Thị Ánh', 50);
    leave(draft);
    expect(save.mock.calls).toEqual([['Võ Thị Ánh']]);
    vi.advanceTimersByTime(10 * SAVE_PAUSE_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('has nothing to save when nothing was typed since the last save', () => {
    const save = vi.fn();
    const draft = createDraftGroup().draft(save);
    draft.flush();
    draft.edit('x');
    draft.flush();
    draft.flush();
    draft.close();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flushes every field of the page together (page hidden, before an export)', () => {
    const group = createDraftGroup();
    const saves: string[] = [];
    const name = group.draft((text) => saves.push(`name=${text}`));
    const phone = group.draft((text) => saves.push(`phone=${text}`));
    group.draft((text) => saves.push(`untouched=${text}`));
    name.edit('xã Tân Phú');
    phone.edit('0251');
    expect(group.pending).toBe(true);
    group.flushAll();
    expect(saves).toEqual(['name=xã Tân Phú', 'phone=0251']);
    expect(group.pending).toBe(false);
  });

  it('tells when the page starts and stops having unsaved text, once each way', () => {
    const onPendingChange = vi.fn();
    const group = createDraftGroup({ onPendingChange });
    const a = group.draft(() => {});
    const b = group.draft(() => {});
    a.edit('1');
    a.edit('12');
    b.edit('x');
    expect(onPendingChange.mock.calls).toEqual([[true]]);
    a.flush();
    expect(onPendingChange.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(SAVE_PAUSE_MS);
    expect(onPendingChange.mock.calls).toEqual([[true], [false]]);
  });

  it('tells that nothing waits before the save is made, so that the save has the last word', () => {
    const told: string[] = [];
    const group = createDraftGroup({ onPendingChange: (pending) => told.push(pending ? 'editing' : 'idle') });
    const draft = group.draft((text) => told.push(`saved ${text}`));
    draft.edit('a');
    draft.flush();
    expect(told).toEqual(['editing', 'idle', 'saved a']);
  });
});

describe('flushWhenLeft', () => {
  const page = () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const group = { flushAll: vi.fn() };
    const stop = flushWhenLeft(group, win, doc);
    return { win, doc, group, stop };
  };

  it('flushes on pagehide and when the page turns hidden, not when it shows again', () => {
    const { win, doc, group } = page();
    win.dispatchEvent(new Event('pagehide'));
    expect(group.flushAll).toHaveBeenCalledTimes(1);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(group.flushAll).toHaveBeenCalledTimes(2);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(group.flushAll).toHaveBeenCalledTimes(2);
  });

  it('stops listening when asked', () => {
    const { win, doc, group, stop } = page();
    stop();
    win.dispatchEvent(new Event('pagehide'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(group.flushAll).not.toHaveBeenCalled();
  });
});
