// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { settingsItem } from '@/utils/settings/settings';
import { OptionsApp } from './OptionsApp';
import type { OptionsSection } from './options-sections';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The office section breaks while it holds this signer (a stand-in for a bug); the scripts' section never does. */
const ODD_NAME = 'Người làm hỏng';
const sections: OptionsSection[] = [
  {
    id: 'office',
    title: 'Thông tin cơ quan',
    resets: 'office',
    render: ({ settings }) => {
      if (settings.office.leaderName === ODD_NAME) throw new Error('hỏng');
      return <p>Thông tin cơ quan đã sẵn sàng</p>;
    },
  },
  { id: 'scripts', title: 'Lời nói với người dân', render: () => <p>Lời nói đã sẵn sàng</p> },
];
vi.mock('./options-sections', () => ({ shownSections: () => sections }));

describe('OptionsApp', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('replaces a section that fails with a notice in its place, and puts its settings back to the defaults on request', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, office: { ...DEFAULT_SETTINGS.office, leaderName: ODD_NAME } });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container, { onCaughtError: () => {} });
    await act(async () => root.render(<OptionsApp />));
    await vi.waitFor(() => expect(container.querySelector('#scripts')?.textContent).toContain('Lời nói đã sẵn sàng'));

    const notice = container.querySelector('#office [data-testid="section-error"]');
    expect(notice?.textContent).toContain('Phần “Thông tin cơ quan” gặp lỗi nên tạm ẩn');
    const reset = [...(notice?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Đặt lại phần này về mặc định',
    );
    await act(async () => reset?.click());
    await vi.waitFor(() =>
      expect(container.querySelector('#office')?.textContent).toContain('Thông tin cơ quan đã sẵn sàng'),
    );
    expect((await settingsItem.getValue()).office).toEqual(DEFAULT_SETTINGS.office);
    await act(async () => root.unmount());
  });
});
