import { useEffect, useState } from 'react';
import { now } from '@/utils/clock/clock';

/**
 * How long a "second" of the slogans' turns lasts, in ms: 1000, or less for the memory bench (`desk.html?second=5`
 * turns the slogans 200 times faster, so that days of turns fit in minutes). The clock and the day still follow the
 * real time. Only this page reads it; nothing links to it.
 */
export function secondMsOf(search: string): number {
  const value = Number(new URLSearchParams(search).get('second'));
  return Number.isInteger(value) && value >= 1 && value < 1000 ? value : 1000;
}

export interface Tick {
  /** The product's time, to the minute: the clock shows minutes, the figures follow the day. */
  minute: number;
  /** How many slogan turns have passed since the screen opened. */
  turn: number;
}

const minuteOf = (time: number) => Math.floor(time / 60_000) * 60_000;

/**
 * The screen's one timer: a tick a second, counted in place. The page draws again only when something shown
 * changes (a new slogan's turn, a new minute), not every second, which keeps a screen that runs for days quiet.
 */
export function useTicker(slideSeconds: number, secondMs = 1000): Tick {
  const [tick, setTick] = useState<Tick>(() => ({ minute: minuteOf(now()), turn: 0 }));
  useEffect(() => {
    let seconds = 0;
    const timer = setInterval(() => {
      seconds += 1;
      const turn = Math.floor(seconds / slideSeconds);
      const minute = minuteOf(now());
      setTick((last) => (last.turn === turn && last.minute === minute ? last : { minute, turn }));
    }, secondMs);
    // Cleared when the page goes, or when the pace changes (a new slogan time restarts the count).
    return () => clearInterval(timer);
  }, [slideSeconds, secondMs]);
  return tick;
}
