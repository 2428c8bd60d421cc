import type { DeskScreenSettings, DeskSlide } from '../utils/desk/types';
import { PLAN_LIST_NAMES, PLAN_MOTTO } from './plan-words';

/**
 * The desk screen's default slogans: the plan's three lists, read from the settings' `plan` section when shown (so a
 * team lead's wording there reaches the screen and the slogan board), then the plan's motto.
 */
export const DEFAULT_DESK_SLIDES: DeskSlide[] = [
  { id: 'bon-xin', title: PLAN_LIST_NAMES.fourAsks, text: '', planWords: 'fourAsks' },
  { id: 'bon-luon', title: PLAN_LIST_NAMES.fourAlways, text: '', planWords: 'fourAlways' },
  { id: 'nam-khong', title: PLAN_LIST_NAMES.fiveNevers, text: '', planWords: 'fiveNevers' },
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
