import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from '#imports';
import { addedPortals } from '@/utils/permissions/added-portals';
import { portalPattern } from '@/utils/permissions/portal-origin';

/**
 * Portals outside gov.vn (a provincial one-stop system on its own domain): the team lead adds the host and the
 * browser asks for access to that host alone. Removing it gives the access back.
 */
export function AddedPortalsForm() {
  const id = useId();
  const [portals, setPortals] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>({ text: '' });
  const reload = useCallback(() => void addedPortals().then(setPortals, () => setPortals([])), []);
  useEffect(reload, [reload]);

  const add = async () => {
    const parsed = portalPattern(draft);
    if ('error' in parsed) return setMessage({ text: parsed.error, error: true });
    setMessage({ text: `Trình duyệt đang hỏi quyền truy cập ${parsed.pattern}…` });
    // The request must come straight from the click: the browser shows its own prompt.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] }).catch(() => false);
    setMessage(
      granted
        ? { text: `Đã thêm ${parsed.pattern}. Tải lại các thẻ của cổng này để trợ lý hoạt động.` }
        : { text: 'Trình duyệt chưa cấp quyền cho địa chỉ này, chưa thêm.', error: true },
    );
    if (granted) setDraft('');
    reload();
  };
  const remove = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    setMessage({ text: `Đã bỏ ${origin}.` });
    reload();
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="added-portals">
      <h2 id={`${id}-title`}>Cổng khác ngoài gov.vn</h2>
      <p className="opt-hint">
        Trợ lý đã chạy trên mọi cổng *.gov.vn. Nếu hệ thống một cửa của tỉnh dùng tên miền khác, thêm ở đây; trình duyệt
        sẽ hỏi quyền cho riêng tên miền đó.
      </p>
      {portals.length > 0 && (
        <ul>
          {portals.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button type="button" onClick={() => void remove(origin)}>
                Bỏ {origin}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-host`}>Địa chỉ cổng</label>
        <input
          id={`${id}-host`}
          value={draft}
          placeholder="motcua.tinh.vn"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void add();
          }}
        />
      </div>
      <button type="button" onClick={() => void add()}>
        Thêm cổng
      </button>
      <p role={message.error ? 'alert' : 'status'} className={message.error ? 'opt-error-text' : 'opt-message'}>
        {message.text}
      </p>
    </section>
  );
}
