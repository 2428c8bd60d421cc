import type { DeskScreenSettings, DeskSlide } from '../utils/desk/types';
import { FIVE_NOTS, FOUR_ALWAYS, FOUR_PLEASE, PLAN_LIST_NAMES, PLAN_MOTTO, planSentence } from './plan-words';

/**
 * The desk screen's default slogans: the plan's own words, word for word (see plan-words.ts). "5 không" keeps one
 * group a line, so that a screen read from across the room shows each group whole.
 */
export const DEFAULT_DESK_SLIDES: DeskSlide[] = [
  { id: 'bon-xin', title: PLAN_LIST_NAMES.fourPlease, text: planSentence(FOUR_PLEASE) },
  { id: 'bon-luon', title: PLAN_LIST_NAMES.fourAlways, text: planSentence(FOUR_ALWAYS) },
  { id: 'nam-khong', title: PLAN_LIST_NAMES.fiveNots, text: planSentence(FIVE_NOTS, '; ').replaceAll('; ', ';\n') },
  { id: 'phuong-cham-1', title: '', text: PLAN_MOTTO[0] },
  { id: 'phuong-cham-2', title: '', text: PLAN_MOTTO[1] },
];

/** The national portal's page where a citizen looks a dossier up by its code. */
export const NATIONAL_LOOKUP_URL = 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html';

export const DEFAULT_DESK_SCREEN: DeskScreenSettings = {
  slides: DEFAULT_DESK_SLIDES,
  slideSeconds: 12,
  unitName: 'Bộ phận Một cửa',
  leaderName: '',
  leaderPhone: '',
  unitPhone: '',
  inspectionName: 'Tổ kiểm tra công vụ',
  inspectionPhone: '',
  zaloName: '',
  zaloUrl: '',
  lookupUrl: NATIONAL_LOOKUP_URL,
  procedures: [],
  showFigures: true,
};
