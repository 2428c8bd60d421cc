import { type DeadlineLevel, describeLevel, LEVEL_ICONS, LEVEL_NAMES } from '../deadline';
import { applyManualEntry } from '../manual-entry/manual-entry';
import { deadlineUnder, needsAttention } from '../settings/deadline-settings';
import type { SidebarState } from '../store/sidebar-store';
import { byUrgency } from './list-deadlines';

/**
 * What the sidebar says at a glance, even folded away or before its full UI has loaded: the deadline level in a
 * symbol and words (never colour alone), the dossier's code, or how many dossiers of a list need attention.
 */
export interface SidebarGlance {
  /** `unknown`: the office holds the dossier but no due date was read; null: nothing recognised on the page. */
  level: DeadlineLevel | 'unknown' | null;
  icon: string;
  /** A word or two for the folded tab. */
  word: string;
  /** The sentence for the badge. */
  detail: string;
  code?: string;
}

const NONE: SidebarGlance = { level: null, icon: '', word: '', detail: '' };

/** The folded tab has room for a word or two: the long names are shortened there. */
const TAB_WORD: Readonly<Record<DeadlineLevel, string>> = { ...LEVEL_NAMES, closed: 'Đã xong' };

type GlanceState = Pick<SidebarState, 'reading' | 'manualEntry' | 'list' | 'now' | 'settings' | 'pageKind'>;

export function glanceOf(state: GlanceState): SidebarGlance {
  const dossier = applyManualEntry(state.reading, state.manualEntry).dossier;
  if (dossier) {
    const code = dossier.code || undefined;
    const deadline = deadlineUnder(dossier, state.now, state.settings.deadline);
    if (!deadline) return { level: 'unknown', icon: '?', word: 'Chưa rõ hạn', detail: 'Chưa rõ hạn trả', code };
    return {
      level: deadline.level,
      icon: LEVEL_ICONS[deadline.level],
      word: TAB_WORD[deadline.level],
      detail: describeLevel(deadline),
      code,
    };
  }
  if (state.pageKind === 'list') {
    const urgent = state.list.filter((r) => needsAttention(r.deadline)).sort(byUrgency);
    const top = urgent[0]?.deadline;
    if (!top)
      return {
        level: 'ok',
        icon: LEVEL_ICONS.ok,
        word: 'Còn hạn',
        detail: `${state.list.length} hồ sơ, chưa có hồ sơ gấp`,
      };
    return {
      level: top.level,
      icon: LEVEL_ICONS[top.level],
      word: `${urgent.length} cần xử lý`,
      detail: `${urgent.length} hồ sơ cần xử lý gấp`,
    };
  }
  return NONE;
}
