import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_DESK_SCREEN } from '@/templates/desk-screen';
import { vietnamToday } from '@/utils/deadline/vietnam-time';
import { deskClock } from '@/utils/desk/clock-text';
import { deskFigures } from '@/utils/desk/figures';
import { publicHotlines, publicLinks, shownSlides, unitTitle } from '@/utils/desk/public-info';
import { readRegister, registerItem } from '@/utils/register/register-store';
import type { Register } from '@/utils/register/register-types';
import { watchEffectiveSettings } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { DeskFigures } from './DeskFigures';
import { DeskHotlines } from './DeskHotlines';
import { DeskQrCode } from './DeskQrCode';
import { DeskSlogan } from './DeskSlogan';
import { useFullscreen } from './use-fullscreen';
import { secondMsOf, useTicker } from './use-ticker';

/** Noon of a Vietnam day: the figures depend on the day only, so they are recomputed once a day, not every tick. */
const noonOf = (day: string) => Date.parse(`${day}T12:00:00+07:00`);

/**
 * The screen facing citizens at the desk, meant to run for days on a second monitor or a TV: the plan's slogans in
 * turn, the hotlines, QR codes for the Zalo OA and the national look-up page, and today's figures without names.
 * Settings and the register are watched, so a team lead's change shows without a reload. Nothing grows with time:
 * one timer, state replaced rather than appended, QR codes rebuilt only when a link changes.
 */
export function DeskApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [register, setRegister] = useState<Register | null>(null);
  const [secondMs] = useState(() => secondMsOf(location.search));
  const { minute, turn } = useTicker(settings?.deskScreen.slideSeconds ?? DEFAULT_DESK_SCREEN.slideSeconds, secondMs);
  const { fullscreen, toggle } = useFullscreen();

  useEffect(() => watchEffectiveSettings(setSettings), []);

  useEffect(() => {
    let live = true;
    const load = () =>
      void readRegister().then(
        (value) => live && setRegister(value),
        () => {},
      );
    load();
    const unwatch = registerItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const slides = useMemo(() => (settings ? shownSlides(settings) : []), [settings]);
  const hotlines = useMemo(() => (settings ? publicHotlines(settings) : []), [settings]);
  const links = useMemo(() => (settings ? publicLinks(settings) : []), [settings]);
  const day = vietnamToday(minute);
  const figures = useMemo(() => (register ? deskFigures(register, noonOf(day)) : null), [register, day]);

  if (!settings) return <p className="desk-loading">Đang tải…</p>;

  const clock = deskClock(minute);
  return (
    <div className="desk" data-testid="desk-screen" data-fullscreen={fullscreen || undefined}>
      <header className="desk-header">
        <h1 data-testid="desk-unit">{unitTitle(settings)}</h1>
        <div className="desk-clock" data-testid="desk-clock">
          <strong>{clock.time}</strong>
          <span>{clock.date}</span>
        </div>
        <div className="desk-controls">
          <button type="button" data-testid="desk-fullscreen" onClick={toggle} aria-pressed={fullscreen}>
            {fullscreen ? 'Thoát toàn màn hình (Esc)' : 'Toàn màn hình'}
          </button>
        </div>
      </header>
      <main className="desk-main">
        <DeskSlogan slide={slides[turn % Math.max(1, slides.length)]} turn={turn} count={slides.length} />
      </main>
      <aside className="desk-aside">
        <DeskHotlines hotlines={hotlines} />
      </aside>
      {links.length > 0 && (
        <aside className="desk-codes" aria-label="Mã QR">
          {links.map((link) => (
            <DeskQrCode key={link.id} id={link.id} url={link.url} title={link.title} caption={link.caption} />
          ))}
        </aside>
      )}
      {settings.deskScreen.showFigures && figures && <DeskFigures figures={figures} />}
    </div>
  );
}
