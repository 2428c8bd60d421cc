// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readLabels } from './label-reader';
import { first } from './test-pages';
import { browserShows, hiddenByMarkup, isIconGlyph } from './visibility';

describe('hiddenByMarkup', () => {
  it.each([
    ['<div hidden>x</div>', true],
    ['<div style="display:none">x</div>', true],
    ['<div style="color:red; display : none !important">x</div>', true],
    ['<div style="visibility:hidden">x</div>', true],
    ['<div class="v-tooltip__content">x</div>', true],
    ['<div class="v-menu__content theme--light">x</div>', true],
    ['<div class="mat-tooltip mat-tooltip-handset">x</div>', true],
    ['<div class="mat-menu-panel">x</div>', true],
    ['<span class="cdk-visually-hidden">x</span>', true],
    ['<span class="sr-only">x</span>', true],
    ['<span class="visually-hidden">x</span>', true],
    ['<div class="d-none">x</div>', true],
    ['<div class="modal fade hide">x</div>', true],
    ['<div class="modal fade" role="dialog">x</div>', true],
    ['<ul class="dropdown-menu"><li>x</li></ul>', true],
    ['<div role="tooltip">x</div>', true],
    // Shown on a desktop, or merely styled.
    ['<div class="d-none d-lg-flex">x</div>', false],
    ['<div class="modal fade in" style="display: block;">x</div>', false],
    ['<div class="modal fade show">x</div>', false],
    ['<div class="modal-body">x</div>', false],
    ['<div class="hidden-xs">x</div>', false],
    ['<span class="tooltip">x</span>', false],
    ['<div class="v-tooltip v-tooltip--bottom"><span>x</span></div>', false],
    ['<div style="display:flex">x</div>', false],
    ['<span aria-hidden="false">x</span>', false],
    ['<div>x</div>', false],
  ])('%s → %s', (html, hidden) => expect(hiddenByMarkup(first(html))).toBe(hidden));

  it('ignores aria-hidden on a top-level block only: a modal dialog hides the page from screen readers alone', () => {
    expect(hiddenByMarkup(first('<div aria-hidden="true">x</div>'))).toBe(false);
    expect(hiddenByMarkup(first('<div aria-hidden="true" hidden>x</div>'))).toBe(true);
    expect(hiddenByMarkup(first('<div><span aria-hidden="true">x</span></div>').firstElementChild as Element)).toBe(
      true,
    );
  });
});

describe('isIconGlyph', () => {
  it.each([
    ['<i class="material-icons">star_rate</i>', true],
    ['<i class="v-icon material-icons">keyboard_arrow_down</i>', true],
    ['<mat-icon>reply</mat-icon>', true],
    ['<span class="material-symbols-outlined">event</span>', true],
    ['<i class="fa fa-calendar"></i>', true],
    ['<span class="v-input__icon"><i>arrow_drop_down</i></span>', true],
    ['<i>Nguyễn Văn An</i>', false],
    ['<i>Ghi chú</i>', false],
    ['<span class="icon-label">Mã hồ sơ</span>', false],
    ['<span class="status">reply</span>', false],
  ])('%s → %s', (html, icon) => expect(isIconGlyph(first(html))).toBe(icon));
});

describe('in a browser, stylesheets decide for the elements a reader picked', () => {
  type WithCheck = { checkVisibility?: (options?: object) => boolean };
  const dom = new JSDOM(
    '<!doctype html><style>.print-only{display:none}</style><body><div class="print-only"><p><span>Mã hồ sơ:</span> <span>HS-0</span></p></div><p><span>Mã hồ sơ:</span> <span>HS-1</span></p><div style="display:contents"><span id="c">x</span></div></body>',
  );
  const proto = dom.window.Element.prototype as unknown as WithCheck;
  // What Chromium answers: no box under a display:none ancestor (jsdom has no checkVisibility of its own).
  proto.checkVisibility = function (this: Element) {
    for (let el: Element | null = this; el; el = el.parentElement) {
      const display = dom.window.getComputedStyle(el).display;
      if (display === 'none' || (el === this && display === 'contents')) return false;
    }
    return true;
  };

  it('skips a label only a stylesheet hides', () => {
    expect(readLabels(dom.window.document.body).all.code).toBe('HS-1');
  });

  it('asks the parent of a display:contents element', () => {
    const contents = dom.window.document.querySelector('[style="display:contents"]') as Element;
    expect(browserShows(contents)).toBe(true);
    expect(browserShows(dom.window.document.querySelector('.print-only span') as Element)).toBe(false);
  });

  it('trusts markup in a document without a window', () => {
    const parsed = new DOMParser().parseFromString('<p class="print-only">x</p>', 'text/html');
    expect(browserShows(parsed.body.firstElementChild as Element)).toBe(true);
  });
});
