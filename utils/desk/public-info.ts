import type { Settings } from '../settings/schema';
import type { DeskSlide } from './types';

/** One hotline as citizens read it: who answers, and the number. */
export interface Hotline {
  id: 'leader' | 'unit' | 'inspection';
  label: string;
  /** Who answers, when the team lead named them. */
  name?: string;
  phone: string;
}

/** A link citizens open with their phone's camera. */
export interface PublicLink {
  id: 'zalo' | 'lookup';
  title: string;
  caption: string;
  url: string;
}

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The unit as the screen and posters name it: "Bộ phận Một cửa xã Tân Phú". */
export function unitTitle(settings: Settings): string {
  const commune = clean(settings.office.communeName);
  return clean(`${settings.deskScreen.unitName} ${commune}`);
}

/**
 * The hotlines to publish, leader first; one without a number is left out. The unit's line falls back to the
 * office phone of the office profile, which the letters already print as the one-stop unit's number.
 */
export function publicHotlines(settings: Settings): Hotline[] {
  const { deskScreen: screen, office } = settings;
  const commune = clean(office.communeName);
  const lines: Hotline[] = [
    {
      id: 'leader',
      label: commune ? `Lãnh đạo UBND ${commune}` : 'Lãnh đạo Ủy ban nhân dân',
      name: clean(screen.leaderName),
      phone: clean(screen.leaderPhone),
    },
    { id: 'unit', label: clean(screen.unitName), phone: clean(screen.unitPhone) || clean(office.phone) },
    {
      id: 'inspection',
      label: clean(screen.inspectionName) || 'Tổ kiểm tra công vụ',
      phone: clean(screen.inspectionPhone),
    },
  ];
  return lines.filter((line) => line.phone !== '').map(({ name, ...line }) => (name ? { ...line, name } : line));
}

/** The Zalo OA for questions and the national look-up page, each when its link is set. */
export function publicLinks(settings: Settings): PublicLink[] {
  const { deskScreen: screen } = settings;
  const links: PublicLink[] = [];
  if (screen.zaloUrl.trim()) {
    links.push({
      id: 'zalo',
      title: 'Hỏi đáp qua Zalo',
      caption: clean(screen.zaloName) || `Zalo OA ${unitTitle(settings)}`,
      url: screen.zaloUrl.trim(),
    });
  }
  if (screen.lookupUrl.trim()) {
    links.push({
      id: 'lookup',
      title: 'Tra cứu hồ sơ',
      caption: 'Cổng Dịch vụ công quốc gia',
      url: screen.lookupUrl.trim(),
    });
  }
  return links;
}

/**
 * A slogan's lines: the team lead's lines as typed, or the plan's list from the settings' `plan` section, one group
 * a line (the plan separates the "5 không" groups with semicolons), so a screen read from across the room shows each
 * group whole.
 */
function slideLines(slide: DeskSlide, plan: Settings['plan']): string[] {
  const lines = slide.planWords ? plan[slide.planWords].split(/\n|(?<=;)\s+/) : slide.text.split('\n');
  return lines.map(clean).filter((line) => line !== '');
}

/** The slogans shown, in order, each as its lines; one turned off or with no words is left out. */
export const shownSlides = (settings: Settings) =>
  settings.deskScreen.slides
    .filter((slide) => !slide.disabled)
    .map((slide) => ({ id: slide.id, title: clean(slide.title), lines: slideLines(slide, settings.plan) }))
    .filter((slide) => slide.lines.length > 0);
