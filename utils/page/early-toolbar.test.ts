import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import { type EarlyAnswers, holdToolbarPresses } from './early-toolbar';

const fakeContext = () => ({ onInvalidated: vi.fn() }) as unknown as ContentScriptContext;
/** A message from the background, as the browser delivers it. */
const deliver = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
const fakeSidebar = () => ({
  openByOfficer: vi.fn<EarlyAnswers['openByOfficer']>(),
  focusByOfficer: vi.fn<EarlyAnswers['focusByOfficer']>(),
  presence: vi.fn<EarlyAnswers['presence']>(() => 'expanded'),
});

describe('holdToolbarPresses', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([1, 2])('%i press(es) while the page loads: the sidebar opens once it has started', async (presses) => {
    const held = holdToolbarPresses(fakeContext());
    for (let i = 0; i < presses; i += 1) await deliver({ type: 'mctt:toggle-sidebar' });
    const sidebar = fakeSidebar();
    held.handOver(sidebar);
    expect(sidebar.openByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.focusByOfficer).not.toHaveBeenCalled();
  });

  it.each([
    [['mctt:focus-sidebar']],
    [['mctt:toggle-sidebar', 'mctt:focus-sidebar']],
    [['mctt:focus-sidebar', 'mctt:focus-sidebar']],
  ])('the shortcut while the page loads (%j): the sidebar opens focused, once', async (types) => {
    const held = holdToolbarPresses(fakeContext());
    for (const type of types) await deliver({ type });
    const sidebar = fakeSidebar();
    held.handOver(sidebar);
    expect(sidebar.focusByOfficer).toHaveBeenCalledTimes(1);
    expect(sidebar.openByOfficer).not.toHaveBeenCalled();
  });

  it('a question about the sidebar is answered once it has started and read the page', async () => {
    const held = holdToolbarPresses(fakeContext());
    let answered: unknown = 'not yet';
    const asked = deliver({ type: 'mctt:sidebar-state' }).then(([answer]) => {
      answered = answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe('not yet');
    held.handOver(fakeSidebar());
    await asked;
    expect(answered).toBe('expanded');
  });

  it('no press, or another message: nothing is opened, and presses after the hand-over are the sidebar’s own', async () => {
    const held = holdToolbarPresses(fakeContext());
    await deliver({ type: 'mctt:session-changed', kind: 'manual', key: 'H-1' });
    await deliver(null);
    const sidebar = fakeSidebar();
    held.handOver(sidebar);
    await deliver({ type: 'mctt:toggle-sidebar' });
    await deliver({ type: 'mctt:focus-sidebar' });
    expect(sidebar.openByOfficer).not.toHaveBeenCalled();
    expect(sidebar.focusByOfficer).not.toHaveBeenCalled();
  });
});
