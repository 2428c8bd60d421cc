import { afterEach, describe, expect, it, vi } from 'vitest';
import { standOn } from '@/tests/unit/days';
import { isOptionsSection, OPTIONS_SECTION_IDS } from '@/utils/messaging/protocol';
import { OPTIONS_SECTIONS, shownSections } from './options-sections';

afterEach(() => vi.useRealTimers());

describe('options sections', () => {
  it('are the ones the sidebar and the background may name, in the page’s order, each once', () => {
    expect(OPTIONS_SECTIONS.map((s) => s.id)).toEqual([...OPTIONS_SECTION_IDS]);
    const titles = OPTIONS_SECTIONS.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each([
    ['office', true],
    ['recipes', true],
    ['commune-report', true],
    ['schedule', true],
    ['Office', false],
    ['office/../x', false],
    ['', false],
    [undefined, false],
  ])('isOptionsSection(%j) → %s', (value, ok) => expect(isOptionsSection(value)).toBe(ok));

  it.each([
    // 2025 and 2026 have official holiday schedules: nothing to check, no section.
    ['2025-06-01', false],
    // 2027 has none yet.
    ['2026-11-25', true],
  ])('on %s the section of years to check is shown: %s', (day, shown) => {
    standOn(day);
    expect(shownSections().some((s) => s.id === 'schedule')).toBe(shown);
    expect(shownSections().length).toBe(OPTIONS_SECTIONS.length - (shown ? 0 : 1));
  });
});
