// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderFirstFrame } from './first-frame';

describe('renderFirstFrame', () => {
  const glance = {
    level: 'overdue' as const,
    icon: '✖',
    word: 'Quá hạn',
    detail: 'Quá hạn 2 ngày làm việc',
    code: '<b>H-1</b>',
  };

  it('shows the level in a symbol and words and the code, as text, with nothing to press', () => {
    const container = document.createElement('div');
    renderFirstFrame(container, glance, false);
    expect(container.querySelector('[data-mctt-panel="first"]')).not.toBeNull();
    expect(container.querySelector('.mctt-badge')?.textContent).toBe('✖ Quá hạn 2 ngày làm việc');
    expect(container.querySelector('.mctt-glance-code strong')?.textContent).toBe('<b>H-1</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('button, input, a')).toBeNull();
    // Not the full sidebar: tests and code that wait for it are not fooled.
    expect(container.querySelector('[data-testid="sidebar"]')).toBeNull();
  });

  it('folded, it is the slim tab with the level', () => {
    const container = document.createElement('div');
    renderFirstFrame(container, glance, true);
    const tab = container.querySelector('.mctt-tab');
    expect(tab?.getAttribute('data-level')).toBe('overdue');
    expect(tab?.textContent).toBe('✖Quá hạn');
  });
});
