// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftInput } from './DraftInput';
import { SAVE_PAUSE_MS } from './drafts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Field {
  input: HTMLInputElement;
  /** Every text the field saved, in order. */
  saves: string[];
  /** The stored value changes elsewhere (an import, another tab). */
  storeElsewhere(value: string): void;
  unmount(): void;
}

interface FormOptions {
  stored?: string;
  /** A form that stores something else than typed (a number brought into its range). */
  normalise?(text: string): string;
  /** A form that refuses a value (a wrong link). */
  refuse?(text: string): boolean;
}

/** A field as a form uses it: what it saves becomes the stored value, as the options page's state does. */
function Form({
  stored = '',
  normalise = (text) => text,
  refuse = () => false,
  saves,
  onStore,
}: FormOptions & { saves: string[]; onStore(store: (value: string) => void): void }) {
  const [value, setValue] = useState(stored);
  onStore(setValue);
  return (
    <DraftInput
      aria-label="field"
      stored={value}
      save={(text) => {
        if (refuse(text)) return false;
        saves.push(text);
        setValue(normalise(text));
      }}
    />
  );
}

function mountField(options: FormOptions = {}): Field {
  const saves: string[] = [];
  let store: (value: string) => void = () => {};
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <Form
        {...options}
        saves={saves}
        onStore={(set) => {
          store = set;
        }}
      />,
    ),
  );
  return {
    input: host.querySelector('input') as HTMLInputElement,
    saves,
    storeElsewhere: (value) => act(() => store(value)),
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/** One keystroke at a time, `gapMs` apart, through the events React listens to. */
function type(input: HTMLInputElement, text: string, gapMs = 100) {
  for (const char of text) {
    act(() => {
      setValue?.call(input, input.value + char);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => vi.advanceTimersByTime(gapMs));
  }
}

const pause = () => act(() => vi.advanceTimersByTime(SAVE_PAUSE_MS));
const leave = (input: HTMLInputElement) =>
  act(() => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
const pressEnter = (input: HTMLInputElement) =>
  act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));

describe('DraftInput', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves twenty keystrokes once, after the pause', () => {
    const field = mountField();
    type(field.input, 'xã Hòa Bình Tây Nam.');
    expect(field.saves).toEqual([]);
    pause();
    expect(field.saves).toEqual(['xã Hòa Bình Tây Nam.']);
    expect(field.input.value).toBe('xã Hòa Bình Tây Nam.');
    field.unmount();
  });

  it.each([
    ['leaving the field', leave],
    ['Enter', pressEnter],
  ])('%s saves at once, and nothing more after the pause', (_, how) => {
    const field = mountField();
    type(field.input, 'Võ Thị Ánh', 10);
    how(field.input);
    expect(field.saves).toEqual(['Võ Thị Ánh']);
    pause();
    expect(field.saves).toHaveLength(1);
    field.unmount();
  });

  it('saves what waits when the field goes away', () => {
    const field = mountField();
    type(field.input, 'Tân Phú', 10);
    field.unmount();
    expect(field.saves).toEqual(['Tân Phú']);
  });

  it('shows a value stored elsewhere, but never under the officer’s typing', () => {
    const field = mountField({ stored: 'cũ' });
    field.storeElsewhere('từ tệp cài đặt');
    expect(field.input.value).toBe('từ tệp cài đặt');
    type(field.input, ' mới', 10);
    field.storeElsewhere('từ thẻ khác');
    expect(field.input.value).toBe('từ tệp cài đặt mới');
    pause();
    expect(field.saves).toEqual(['từ tệp cài đặt mới']);
    field.unmount();
  });

  it('shows what the form stored once the field is left (a number brought into its range)', () => {
    const field = mountField({ stored: '10', normalise: (text) => String(Math.min(10, Number(text))) });
    act(() => {
      setValue?.call(field.input, '50');
      field.input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    leave(field.input);
    expect(field.saves).toEqual(['50']);
    expect(field.input.value).toBe('10');
    field.unmount();
  });

  it('keeps a refused text in the box after leaving it, until the stored value changes elsewhere', () => {
    const field = mountField({ stored: 'https://zalo.me/1', refuse: (text) => !text.startsWith('https://') });
    act(() => {
      setValue?.call(field.input, 'zalo.me/2');
      field.input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    leave(field.input);
    expect(field.saves).toEqual([]);
    expect(field.input.value).toBe('zalo.me/2');
    field.storeElsewhere('https://zalo.me/3');
    expect(field.input.value).toBe('https://zalo.me/3');
    field.unmount();
  });
});
