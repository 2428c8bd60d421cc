// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDock, type Dock, PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, panelWidth } from './dock';

describe('panelWidth', () => {
  it.each([
    [800, PANEL_MIN_WIDTH],
    [1024, 307],
    [1366, PANEL_MAX_WIDTH],
    [1920, PANEL_MAX_WIDTH],
  ])('a %i px window gives the sidebar %i px', (viewport, width) => expect(panelWidth(viewport)).toBe(width));
});

describe('createDock', () => {
  const VIEWPORT = 1366;
  const WIDTH = 340;
  let dock: Dock;

  /** jsdom lays nothing out: each element says where it is, and the window is VIEWPORT wide. */
  const fixedAt = (left: number, right: number, own = false): HTMLElement => {
    const element = document.createElement('div');
    element.style.position = 'fixed';
    element.style.left = `${left}px`;
    if (own) element.id = 'ours';
    element.getBoundingClientRect = () =>
      ({ left, right, width: right - left, top: 0, bottom: 50, height: 50, x: left, y: 0 }) as DOMRect;
    document.body.append(element);
    return element;
  };
  const sheet = () => document.getElementById('mctt-dock')?.textContent ?? '';

  beforeEach(() => {
    document.body.innerHTML = '';
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: VIEWPORT });
    Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: 768 });
    document.elementsFromPoint = () => [];
    dock = createDock((element) => element.id === 'ours');
  });
  afterEach(() => dock.remove());

  it('reserves the sidebar’s width beside the page, and hides the sidebar when printing', () => {
    dock.setWidth(WIDTH);
    expect(dock.width).toBe(WIDTH);
    expect(document.getElementById('mctt-dock')?.parentElement).toBe(document.documentElement);
    expect(sheet()).toContain(`max-width: calc(100% - ${WIDTH}px) !important`);
    expect(sheet()).toContain(`margin-right: ${WIDTH}px !important`);
    expect(sheet()).toMatch(/@media print \{ mctt-sidebar \{ display: none !important; \} \}/);

    dock.setWidth(0);
    expect(sheet()).not.toContain('max-width');
    expect(sheet()).toContain('@media print');
  });

  it('narrows a bar across the page, moves a small button left, and leaves the rest and its own nodes alone', () => {
    const header = fixedAt(0, VIEWPORT);
    const button = fixedAt(VIEWPORT - 60, VIEWPORT - 10);
    const leftMenu = fixedAt(0, 200);
    const ours = fixedAt(VIEWPORT - WIDTH, VIEWPORT, true);
    dock.setWidth(WIDTH);
    dock.refit();

    const headerId = header.getAttribute('data-mctt-fit');
    const buttonId = button.getAttribute('data-mctt-fit');
    expect(headerId).not.toBeNull();
    expect(sheet()).toContain(`[data-mctt-fit="${headerId}"] { left: 0px !important; right: ${WIDTH}px !important;`);
    // The button ended 10 px from the right: it moves until it ends where the sidebar starts.
    expect(sheet()).toContain(`[data-mctt-fit="${buttonId}"] { translate: -${WIDTH - 10}px 0 !important; }`);
    expect(leftMenu.hasAttribute('data-mctt-fit')).toBe(false);
    expect(ours.hasAttribute('data-mctt-fit')).toBe(false);
    // The page's own styles are never touched.
    expect(header.getAttribute('style')).toBe('position: fixed; left: 0px;');

    dock.remove();
    expect(header.hasAttribute('data-mctt-fit')).toBe(false);
    expect(document.getElementById('mctt-dock')).toBeNull();
  });

  it('puts its style sheet back when the page removes it', () => {
    dock.setWidth(WIDTH);
    const style = document.getElementById('mctt-dock') as HTMLStyleElement;
    expect(dock.isOwn(style)).toBe(true);
    style.remove();
    dock.ensure();
    expect(document.getElementById('mctt-dock')).toBe(style);
    expect(sheet()).toContain('max-width');
  });
});
