import type { SidebarGlance } from './sidebar-glance';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // Text nodes only: what the page showed is never parsed as markup.
  element.append(...children);
  return element;
};

/**
 * The sidebar's first frame, drawn by the content script itself (no React) as soon as the page is read: the
 * panel in place, so the page reflows once and at once, with the deadline level and the dossier's code. The full
 * sidebar replaces it when its script has loaded. It has no controls: nothing in it can be pressed before it works.
 */
export function renderFirstFrame(container: HTMLElement, glance: SidebarGlance, collapsed: boolean): void {
  const level = glance.level ?? 'none';
  if (collapsed) {
    container.replaceChildren(
      el(
        'aside',
        { class: 'mctt-tab', 'data-mctt-panel': 'first', 'data-level': level, 'aria-label': 'Một Cửa Thân Thiện' },
        el(
          'div',
          { class: 'mctt-tab-button' },
          ...(glance.level
            ? [
                el('span', { class: 'mctt-tab-icon', 'aria-hidden': 'true' }, glance.icon),
                el('span', { class: 'mctt-tab-word' }, glance.word),
              ]
            : []),
        ),
      ),
    );
    return;
  }
  const body = el('div', { class: 'mctt-body' });
  if (glance.level) {
    body.append(
      el(
        'p',
        { class: 'mctt-badge', 'data-level': level },
        el('span', { 'aria-hidden': 'true' }, glance.icon),
        ` ${glance.detail}`,
      ),
    );
  }
  if (glance.code) body.append(el('p', { class: 'mctt-glance-code' }, 'Mã hồ sơ: ', el('strong', {}, glance.code)));
  body.append(el('p', { class: 'mctt-loading', role: 'status' }, 'Đang mở trợ lý…'));
  container.replaceChildren(
    el(
      'aside',
      { class: 'mctt-sidebar', 'data-mctt-panel': 'first', 'aria-label': 'Một Cửa Thân Thiện', 'aria-busy': 'true' },
      el('header', { class: 'mctt-header' }, el('h1', { class: 'mctt-title' }, 'Một Cửa Thân Thiện')),
      body,
    ),
  );
}
