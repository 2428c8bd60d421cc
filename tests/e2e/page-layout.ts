import type { Page } from '@playwright/test';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The sidebar's panel (first frame or full UI, expanded or folded) as the page lays it out. */
export function sidebarBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const panel = document.querySelector('mctt-sidebar')?.shadowRoot?.querySelector('[data-mctt-panel]');
    const r = panel?.getBoundingClientRect();
    return r && r.width > 0 ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
  });
}

/**
 * Every piece of the portal's visible text whose box reaches into the sidebar's columns (whatever the scroll
 * position: the sidebar runs the window's full height), and the boxes of the page's fixed elements.
 */
export function portalTextUnder(page: Page, sidebarLeft: number) {
  return page.evaluate((left) => {
    const under: Array<{ text: string; left: number; right: number }> = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text || node.parentElement?.closest('mctt-sidebar, script, style')) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.right > left + 0.5) {
          under.push({ text: text.slice(0, 40), left: Math.round(r.left), right: Math.round(r.right) });
        }
      }
    }
    const fixed = [...document.querySelectorAll('body *')]
      .filter((el) => getComputedStyle(el).position === 'fixed')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { className: el.className.toString(), left: r.left, right: r.right };
      });
    return {
      under,
      fixed,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    };
  }, sidebarLeft);
}
