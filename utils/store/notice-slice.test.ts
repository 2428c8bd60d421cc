import { describe, expect, it } from 'vitest';
import { createSidebarStore } from './sidebar-store';

describe('the notice slice', () => {
  it('says each repair once, in the order it came, until the officer dismisses them', () => {
    const store = createSidebarStore();
    const { addNotices } = store.getState();
    addNotices(['Cài đặt đã lưu bị hỏng ở phần “lời nói”.']);
    addNotices([
      'Cài đặt đã lưu bị hỏng ở phần “lời nói”.',
      '1 bản ghi trong phiên làm việc bị hỏng.',
      '1 bản ghi trong phiên làm việc bị hỏng.',
    ]);
    expect(store.getState().notices).toEqual([
      'Cài đặt đã lưu bị hỏng ở phần “lời nói”.',
      '1 bản ghi trong phiên làm việc bị hỏng.',
    ]);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('nothing new, no new state (subscribers are not woken for nothing)', () => {
    const store = createSidebarStore();
    store.getState().addNotices(['x']);
    const before = store.getState();
    store.getState().addNotices(['x']);
    store.getState().addNotices([]);
    expect(store.getState()).toBe(before);
  });
});
