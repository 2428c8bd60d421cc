// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildShadowHost } from './shadow-host';

describe('buildShadowHost', () => {
  it('keeps keys typed inside from the page’s own key listeners, and lets the page’s own keys through', () => {
    const { element, container } = buildShadowHost('mctt-test-host', '');
    document.body.append(element);
    const field = container.appendChild(document.createElement('input'));
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    document.addEventListener('keyup', pageHeard);
    document.addEventListener('keypress', pageHeard);
    for (const type of ['keydown', 'keyup', 'keypress']) {
      field.dispatchEvent(new KeyboardEvent(type, { key: 'a', bubbles: true, composed: true }));
    }
    expect(pageHeard).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pageHeard).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageHeard);
    element.remove();
  });

  it('an open shadow root holding the reset, the styles given and the container', () => {
    const { element, shadow, container } = buildShadowHost('mctt-test-host', 'p { color: teal; }');
    expect(element.localName).toBe('mctt-test-host');
    expect(element.shadowRoot).toBe(shadow);
    expect(shadow.querySelector('style')?.textContent).toBe(':host{all:initial !important;}\np { color: teal; }');
    expect(container.parentNode).toBe(shadow);
  });
});
