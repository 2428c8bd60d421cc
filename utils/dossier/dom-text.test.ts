// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { controlText, findControl, textUpTo } from './dom-text';
import { body, first } from './test-pages';

describe('textUpTo', () => {
  it.each([
    ['plain text', 'Nguyễn Văn An', 'Nguyễn Văn An'],
    ['line breaks become spaces', 'Ấp Tân Hòa<br>xã Tân Phú', 'Ấp Tân Hòa xã Tân Phú'],
    ['blocks do not run together', '<div>A</div><div>B</div>', 'A B'],
    ['scripts and styles are not text', 'An<script>var x = 1</script><style>.a{}</style> Bình', 'An Bình'],
    ['markup written as text stays text', '&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
    ['hidden copies are not text', 'An<span style="display:none">Bình</span><span hidden>Chi</span> Dũng', 'An Dũng'],
    ['tooltips are not text', 'An<div class="v-tooltip__content">Bình</div><div role="tooltip">Chi</div>', 'An'],
    ['icon words are not text', '<i class="material-icons">star_rate</i>An <mat-icon>reply</mat-icon>Bình', 'An Bình'],
    ['italic words are text', '<i>Ghi chú</i> An', 'Ghi chú An'],
  ])('%s', (_title, html, text) => expect(textUpTo(body(html), 1000).replace(/\s+/g, ' ').trim()).toBe(text));

  it('starts a new line at each block and line break', () => {
    expect(
      textUpTo(body('<div>30/11/2026</div><div>Đang xử lý<br>Quá hạn</div>'), 100)
        .trim()
        .split(/\s*\n\s*/),
    ).toEqual(['30/11/2026', 'Đang xử lý', 'Quá hạn']);
  });

  it('stops one character past the limit, however big the subtree', () => {
    const el = body(`<p>${'chữ '.repeat(300_000)}</p>`);
    expect(textUpTo(el, 120)).toHaveLength(121);
  });

  it('does bounded work on a huge subtree without text: text past its node budget is never reached', () => {
    // Work is counted in nodes, not timed: the text after 2,000 empty elements is beyond the budget.
    expect(textUpTo(body(`${'<span></span>'.repeat(2_000)}Mã hồ sơ`), 120)).toBe('');
    expect(textUpTo(body(`${'<span></span>'.repeat(100)}Mã hồ sơ`), 120)).toBe('Mã hồ sơ');
  });
});

describe('form controls', () => {
  it.each([
    ['<input value="HS-1">', 'HS-1'],
    ['<input type="text" readonly value="Nguyễn">', 'Nguyễn'],
    ['<textarea>Ấp Tân Hòa</textarea>', 'Ấp Tân Hòa'],
    ['<input type="hidden" value="secret">', ''],
    ['<input type="password" value="secret">', ''],
    ['<select disabled><option>Mới</option><option selected>Đang xử lý</option></select>', 'Đang xử lý'],
    ['<select><option>Tất cả</option><option>Khác</option></select>', 'Tất cả'],
    ['<select></select>', ''],
  ])('%s', (html, value) => expect(controlText(first(html))).toBe(value));

  it('is not a control: no answer', () => expect(controlText(first('<span>x</span>'))).toBe(undefined));

  it.each([
    ['a Material field wrapper', '<div><div><div><span>x</span><input value="X"></div></div></div>', 'input'],
    ['a label around its textarea', '<label>Địa chỉ <textarea>Ấp 1</textarea></label>', 'textarea'],
    ['a cell with a select', '<td><div><select><option>Mới</option></select></div></td>', 'select'],
    ['nothing to find', '<div><span>a</span><b>b</b></div>', undefined],
    ['too deep to look for', `<div>${'<span></span>'.repeat(100)}<input></div>`, undefined],
  ])('findControl: %s', (_title, html, found) => {
    expect(findControl(first(html))?.localName).toBe(found);
  });
});
