import type { PlanWords } from '../settings/schema';

/** The desk screen and posters: what faces the citizens at the one-stop desk. */

/** One slogan the desk screen shows in turn and the slogan board prints; lines are kept as typed. */
export interface DeskSlide {
  id: string;
  /** "4 xin"; blank for a saying that needs no heading. */
  title: string;
  /** The team lead's own words; blank (and unused) when the slogan shows one of the plan's lists. */
  text: string;
  /**
   * One of the plan's lists, read from the settings' `plan` section when shown: the plan's words are edited in one
   * place and reach the sidebar, the desk screen and the slogan board alike.
   */
  planWords?: keyof PlanWords;
  disabled?: boolean;
}

/** A procedure posted for citizens, with the page that explains it (its QR code goes on the board). */
export interface DeskProcedure {
  name: string;
  url: string;
}

export interface DeskScreenSettings {
  /** Slogans in the order shown. */
  slides: DeskSlide[];
  /** How long each slogan stays on the screen. */
  slideSeconds: number;
  /** The one-stop unit as citizens know it: "Bộ phận Một cửa", "Trung tâm Phục vụ hành chính công". */
  unitName: string;
  /** Who answers the leader's hotline, as printed: "Ông Lê Văn Bình, Chủ tịch UBND xã". */
  leaderName: string;
  leaderPhone: string;
  /** The one-stop unit's hotline; blank: the office profile's phone. */
  unitPhone: string;
  /** The inspection team as printed: "Tổ kiểm tra công vụ". */
  inspectionName: string;
  inspectionPhone: string;
  /** The unit's Zalo OA as citizens search for it: "Bộ phận Một cửa xã Tân Phú". */
  zaloName: string;
  /** The OA's link (zalo.me/…); blank: no Zalo code is shown. */
  zaloUrl: string;
  /** The national portal's dossier look-up page. */
  lookupUrl: string;
  procedures: DeskProcedure[];
  /** Today's counts from the register (no names) at the foot of the screen. */
  showFigures: boolean;
}
