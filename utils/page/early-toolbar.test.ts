import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import { deliver } from '../../tests/unit/deliver-message';
import { type EarlyAnswers, holdToolbarPresses } from './early-toolbar';

/** A content script context whose invalidation the test triggers (each test's listeners go with it). */
const contexts: (() => void)[] = [];
const fakeContext = () =>
  ({ onInvalidated: (stop: () => void) => void contexts.push(stop) }) as unknown as ContentScriptContext;
const fakeSidebar = () => ({
  openByOfficer: vi.fn<EarlyAnswers['openByOfficer']>(),
  focusByOfficer: vi.fn<EarlyAnswers['focusByOfficer']>(),
  toggleByOfficer: vi.fn<EarlyAnswers['toggleByOfficer']>(),
  presence: vi.fn<EarlyAnswers['presence']>(() => 'expanded'),
});

describe('holdToolbarPresses', () => {
  beforeEach(() => {
    for (const stop of contexts.splice(0)) stop();
    fakeBrowser.reset();
  });

  it.each([
    [1, 'toggleSidebar'],
    [2, 'toggleSidebar'],
    // The background's replay of a press made before this script came (utils/background/portal-start.ts).
    [1, 'openSidebar'],
    [2, 'openSidebar'],
  ] as const)(
    '%i press(es) while the page loads (%s): the sidebar opens once it has started',
    async (presses, name) => {
      const held = holdToolbarPresses(fakeContext());
      for (let i = 0; i < presses; i += 1) await deliver(name, undefined);
      const sidebar = fakeSidebar();
      held.handOver(sidebar);
      expect(sidebar.openByOfficer).toHaveBeenCalledTimes(1);
      expect(sidebar.focusByOfficer).not.toHaveBeenCalled();
      expect(sidebar.toggleByOfficer).not.toHaveBeenCalled();
    },
  );

  it.each([
    [['focusSidebar'] as const],
    [['toggleSidebar', 'focusSidebar'] as const],
    [['focusSidebar', 'focusSidebar'] as const],
  ])('the shortcut while the page loads (%j): the sidebar opens focused, once', async (names) => {
    const held = holdToolbarPresses(fakeContext());
    for (const name of names) await deliver(name, undefined);
    const sidebar = fakeSidebar();
    held.handOver(sidebar);
    expect(sidebar.focusByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.openByOfficer).not.toHaveBeenCalled();
  });

  it('a question about the sidebar is answered once it has started and read the page', async () => {
    const held = holdToolbarPresses(fakeContext());
    let answered: unknown = 'not yet';
    const asked = deliver('sidebarPresence', undefined).then((answer) => {
      answered = answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe('not yet');
    held.handOver(fakeSidebar());
    await asked;
    expect(answered).toBe('expanded');
  });

  it('no press, or another message: nothing is opened; presses after the hand-over go to the sidebar as they come', async () => {
    const held = holdToolbarPresses(fakeContext());
    await deliver('sessionRecordsChanged', { kind: 'manual', key: 'H-1' });
    await fakeBrowser.runtime.onMessage.trigger(null, {}, () => {});
    const sidebar = fakeSidebar();
    held.handOver(sidebar);
    expect(sidebar.openByOfficer).not.toHaveBeenCalled();
    expect(sidebar.focusByOfficer).not.toHaveBeenCalled();
    await deliver('toggleSidebar', undefined);
    await deliver('focusSidebar', undefined);
    expect(await deliver('sidebarPresence', undefined)).toBe('expanded');
    expect(sidebar.toggleByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.focusByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.openByOfficer).not.toHaveBeenCalled();
    // A press replayed late opens, never folds: the officer pressed to open.
    await deliver('openSidebar', undefined);
    expect(sidebar.openByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.toggleByOfficer).toHaveBeenCalledTimes(1);
  });
});
