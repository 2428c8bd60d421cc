import type { ComponentType, ReactNode } from 'react';
import { now } from '@/utils/clock/clock';
import { vietnamToday, yearsToCheck } from '@/utils/deadline';
import type { OptionsSectionId } from '@/utils/messaging/protocol';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import type { SettingsSection } from '@/utils/settings/validate';
import { AddedPortalsForm } from './AddedPortalsForm';
import { CommuneReportPanel } from './CommuneReportPanel';
import { DeadlineSettingsForm } from './DeadlineSettingsForm';
import { DeskExportPanel } from './DeskExportPanel';
import { DeskScreenSettings } from './DeskScreenSettings';
import { ImportExportPanel } from './ImportExportPanel';
import { LetterRulesForm } from './LetterRulesForm';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { ManagedSection } from './ManagedSection';
import { MonthlyReportPanel } from './MonthlyReportPanel';
import { OfficeProfileForm } from './OfficeProfileForm';
import { PlanWordsForm } from './PlanWordsForm';
import { PostersPanel } from './PostersPanel';
import { RecipesPanel } from './RecipesPanel';
import { RetentionForm } from './RetentionForm';
import { ScheduleYearsForm } from './ScheduleYearsForm';
import { ScriptEditor } from './ScriptEditor';
import type { SaveSettings } from './use-options-settings';

/** What a section needs from the page. */
export interface SectionProps {
  state: SettingsState;
  settings: Settings;
  save: SaveSettings;
  /** Saves what the fields still hold, and gives the settings as they then are: the first step of an export. */
  settle(): SettingsState;
  setMessage(message: string): void;
}

export interface OptionsSection {
  /** Its address: options.html#office (the list the background lets through, in the same order). */
  id: OptionsSectionId;
  /** In the section menu. */
  title: string;
  /** Whether the page has it today (absent: always); a section with nothing to show has no place in the menu. */
  shown?: () => boolean;
  /**
   * The settings section its defaults put right when it fails to show. Left out where that would lose what cannot
   * be made again (the desk's id, the recipes officers taught) or where it keeps no settings: trying again is the
   * way back there.
   */
  resets?: SettingsSection;
  render(props: SectionProps): ReactNode;
}

/**
 * A section that is the form of one settings section: drawn under the office policy's lock on that section, and
 * offering that section's defaults back when it fails to show.
 */
const managedForm = (
  section: SettingsSection,
  Form: ComponentType<{ settings: Settings; onSave: SaveSettings }>,
): Pick<OptionsSection, 'resets' | 'render'> => ({
  resets: section,
  render: ({ state, settings, save }) => (
    <ManagedSection section={section} policy={state.policy}>
      <Form settings={settings} onSave={save} />
    </ManagedSection>
  ),
});

/**
 * The options page, top to bottom, in the order a new office fills it in. The section menu and deep links
 * (options.html#templates, the sidebar's "Nhập thông tin cơ quan") follow this list: a new section is one entry.
 */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'office', title: 'Thông tin cơ quan', ...managedForm('office', OfficeProfileForm) },
  { id: 'letter-rules', title: 'Quy định in thư', ...managedForm('letters', LetterRulesForm) },
  { id: 'templates', title: 'Mẫu thư', ...managedForm('letters', LetterTemplateEditor) },
  { id: 'scripts', title: 'Lời nói với người dân', ...managedForm('scripts', ScriptEditor) },
  { id: 'plan', title: 'Lời “4 xin, 4 luôn, 5 không”', ...managedForm('plan', PlanWordsForm) },
  { id: 'deadline', title: 'Hạn xử lý và ngày nghỉ', ...managedForm('deadline', DeadlineSettingsForm) },
  {
    // Only while this year or the next has no official holiday schedule (the sidebar's notice links here).
    id: 'schedule',
    title: 'Lịch nghỉ cần đối chiếu',
    shown: () => yearsToCheck(vietnamToday(now())).length > 0,
    ...managedForm('deadline', ScheduleYearsForm),
  },
  { id: 'report', title: 'Báo cáo tháng', render: () => <MonthlyReportPanel /> },
  {
    id: 'desk-export',
    title: 'Xuất sổ theo dõi của bàn',
    render: ({ state, save, settle }) => <DeskExportPanel state={state} onSave={save} settle={settle} />,
  },
  {
    id: 'commune-report',
    title: 'Tổng hợp báo cáo của xã',
    render: ({ settings, settle }) => <CommuneReportPanel settings={settings} settle={settle} />,
  },
  { id: 'register', title: 'Thời hạn giữ sổ theo dõi', ...managedForm('register', RetentionForm) },
  {
    id: 'desk-screen',
    title: 'Màn hình quầy',
    resets: 'deskScreen',
    render: ({ state, save }) => <DeskScreenSettings state={state} onSave={save} />,
  },
  {
    id: 'posters',
    title: 'Bảng niêm yết',
    resets: 'deskScreen',
    render: ({ state, save, settle }) => <PostersPanel state={state} onSave={save} settle={settle} />,
  },
  { id: 'portals', title: 'Cổng ngoài gov.vn', render: () => <AddedPortalsForm /> },
  {
    id: 'recipes',
    title: 'Cách đọc cổng đã dạy',
    render: ({ state, save }) => <RecipesPanel state={state} onSave={save} />,
  },
  {
    id: 'import-export',
    title: 'Xuất, nhập tệp cài đặt',
    render: ({ settle, setMessage }) => <ImportExportPanel settle={settle} onMessage={setMessage} />,
  },
];

/** The sections the page shows today, in their order. */
export const shownSections = (): OptionsSection[] => OPTIONS_SECTIONS.filter((section) => section.shown?.() ?? true);
