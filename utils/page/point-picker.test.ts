// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POINTER_TAG, startPointing } from './point-picker';

describe('pointing at the page', () => {
  let portalHeard: string[];
  let stop: () => void;
  const onPick = vi.fn();
  const onCancel = vi.fn();
  const listen = (type: string) => () => portalHeard.push(type);

  beforeEach(() => {
    document.body.innerHTML = `
      <form id="f"><a id="code" href="#navigated" style="color: red">09.H44.261124.00108</a></form>
      <mctt-sidebar><button id="cancel">Hủy</button></mctt-sidebar>`;
    portalHeard = [];
    onPick.mockReset();
    onCancel.mockReset();
    for (const type of ['click', 'mousedown', 'pointerdown', 'submit']) {
      document.addEventListener(type, listen(type));
      document.getElementById('code')?.addEventListener(type, listen(`link ${type}`));
    }
    stop = startPointing({
      doc: document,
      isOwn: (target) => target instanceof Element && target.closest('mctt-sidebar') !== null,
      onPick,
      onCancel,
    });
  });
  afterEach(() => stop());

  const press = (el: Element) => {
    for (const type of ['pointerdown', 'mousedown', 'click'])
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
  };

  it('a click picks the element, and neither the portal’s handlers nor the link ever hear of it', () => {
    const link = document.getElementById('code') as Element;
    press(link);
    expect(onPick).toHaveBeenCalledWith(link);
    expect(portalHeard).toEqual([]);
    expect(location.hash).toBe('');
  });

  it('draws its own outline box and leaves the page’s styles alone; the box goes when pointing ends', () => {
    const link = document.getElementById('code') as HTMLElement;
    expect(document.querySelectorAll(POINTER_TAG)).toHaveLength(1);
    link.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, composed: true }));
    expect(link.getAttribute('style')).toBe('color: red');
    expect(link.getAttribute('class')).toBeNull();
    press(link);
    expect(document.querySelectorAll(POINTER_TAG)).toHaveLength(0);
    // Pointing has ended: the page is the portal's again.
    press(link);
    expect(portalHeard).toContain('click');
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('Esc cancels, wherever the focus is', () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onPick).not.toHaveBeenCalled();
    expect(document.querySelectorAll(POINTER_TAG)).toHaveLength(0);
  });

  it('Enter on a focused value of the page picks it', () => {
    const link = document.getElementById('code') as HTMLElement;
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    expect(onPick).toHaveBeenCalledWith(link);
  });

  it('presses in our own sidebar pass through', () => {
    const cancel = document.getElementById('cancel') as Element;
    const heard = vi.fn();
    cancel.addEventListener('click', heard);
    press(cancel);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(onPick).not.toHaveBeenCalled();
  });
});
