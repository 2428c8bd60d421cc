import type { StateCreator } from 'zustand/vanilla';

export interface NoticeSlice {
  /** Stored data that had to be put right (settings, session records, sidebar state), in words for the officer. */
  notices: string[];
  addNotices(notices: readonly string[]): void;
  dismissNotices(): void;
}

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set, get) => ({
  notices: [],
  addNotices: (added) => {
    // Two records broken alike give the same words: said once.
    const fresh = [...new Set(added)].filter((n) => !get().notices.includes(n));
    if (fresh.length > 0) set({ notices: [...get().notices, ...fresh] });
  },
  dismissNotices: () => set({ notices: [] }),
});
