import { useCallback, useEffect, useState } from 'react';

/** The section named by the address (`#office`), if the page has it. */
const targetOf = (hash: string): HTMLElement | null => {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? document.getElementById(id) : null;
};

/**
 * Deep links into the options page: options.html#office scrolls to that section and puts the keyboard focus on
 * it, on load (once `ready`), on every change of the address, and again when its menu link is used twice.
 */
export function useSectionHash(ready: boolean) {
  const [current, setCurrent] = useState(() => location.hash.replace(/^#/, ''));

  const go = useCallback((hash: string) => {
    setCurrent(hash.replace(/^#/, ''));
    const target = targetOf(hash);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!ready) return;
    go(location.hash);
    const onHash = () => go(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ready, go]);

  return { current, go };
}
