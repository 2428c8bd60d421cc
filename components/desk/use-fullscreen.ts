import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen through the Fullscreen API, which browsers grant only on a click or a key press. Esc leaves it (the
 * browser does so itself; the handler covers a browser that passes the key on), F switches it.
 */
export function useFullscreen(): { fullscreen: boolean; toggle: () => void } {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape' && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else if (event.key === 'f' || event.key === 'F') toggle();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('keydown', onKey);
    };
  }, [toggle]);

  return { fullscreen, toggle };
}
