// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { acceptTrustedInputOnly } from './trusted-input';

describe('acceptTrustedInputOnly', () => {
  it('stops script-made clicks and key presses before the controls, and undoes a tick', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><button>In thư</button><input type="checkbox"></div>';
    document.body.append(host);
    acceptTrustedInputOnly(shadow);
    const container = shadow.firstElementChild as HTMLElement;
    const pressed = vi.fn();
    container.addEventListener('click', pressed, true);
    container.addEventListener('keydown', pressed, true);

    (shadow.querySelector('button') as HTMLButtonElement).click();
    shadow.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    shadow.querySelector('button')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const box = shadow.querySelector('input') as HTMLInputElement;
    box.click();

    expect(pressed).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });
});
