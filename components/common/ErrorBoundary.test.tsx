// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Fragile() {
  if (broken) throw new Error('Nguyễn Văn A: dữ liệu hỏng');
  return <p>Đã ổn</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('replaces a failing section with a notice in Vietnamese, keeps the rest, and tries again on request', async () => {
    const reset = vi.fn(() => {
      broken = false;
    });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container, { onCaughtError: () => {} });
    await act(async () =>
      root.render(
        <>
          <ErrorBoundary
            label="Mẫu thư"
            section="letters"
            actions={[{ label: 'Đặt lại phần này về mặc định', run: reset }]}
          >
            <Fragile />
          </ErrorBoundary>
          <p>Phần khác</p>
        </>,
      ),
    );
    const notice = container.querySelector('[data-testid="section-error"]');
    expect(notice?.textContent).toContain('Phần “Mẫu thư” gặp lỗi nên tạm ẩn');
    expect(notice?.textContent).not.toContain('Nguyễn Văn A');
    expect(container.textContent).toContain('Phần khác');

    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Đặt lại phần này về mặc định',
    );
    await act(async () => button?.click());
    expect(reset).toHaveBeenCalled();
    expect(container.textContent).toContain('Đã ổn');
    expect(container.querySelector('[data-testid="section-error"]')).toBeNull();
    await act(async () => root.unmount());
  });
});
