import { useEffect, useState } from 'react';
import { now } from '@/utils/clock/clock';

/** The screen's one timer: a tick a second, giving the product's time and the seconds since the screen opened. */
export function useTicker(): { time: number; seconds: number } {
  const [state, setState] = useState(() => ({ time: now(), seconds: 0 }));
  useEffect(() => {
    // One interval for everything that moves (slogans, clock, the day of the figures); cleared when the page goes.
    const timer = setInterval(() => setState((s) => ({ time: now(), seconds: s.seconds + 1 })), 1000);
    return () => clearInterval(timer);
  }, []);
  return state;
}
