import type { ReactNode } from 'react';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { AddedPortalsForm } from './AddedPortalsForm';
import { DeadlineSettingsForm } from './DeadlineSettingsForm';
import { ImportExportPanel } from './ImportExportPanel';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { ManagedSection } from './ManagedSection';
import { MonthlyReportPanel } from './MonthlyReportPanel';
import { OfficeProfileForm } from './OfficeProfileForm';
import { RetentionForm } from './RetentionForm';
import { ScriptEditor } from './ScriptEditor';

/** What a section needs from the page. */
export interface SectionProps {
  state: SettingsState;
  settings: Settings;
  save(next: Settings): void;
  setMessage(message: string): void;
}

export interface OptionsSection {
  /** Its address: options.html#office. Lower-case words and dashes (the background checks the shape). */
  id: string;
  /** In the section menu. */
  title: string;
  render(props: SectionProps): ReactNode;
}

/**
 * The options page, top to bottom, in the order a new office fills it in. The section menu and deep links
 * (options.html#templates, the sidebar's "Nhập thông tin cơ quan") follow this list: a new section is one entry.
 */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  {
    id: 'office',
    title: 'Thông tin cơ quan',
    render: ({ state, settings, save }) => (
      <ManagedSection section="office" policy={state.policy}>
        <OfficeProfileForm settings={settings} onSave={save} />
      </ManagedSection>
    ),
  },
  {
    id: 'templates',
    title: 'Mẫu thư',
    render: ({ state, settings, save }) => (
      <ManagedSection section="letters" policy={state.policy}>
        <LetterTemplateEditor settings={settings} onSave={save} />
      </ManagedSection>
    ),
  },
  {
    id: 'scripts',
    title: 'Lời nói với người dân',
    render: ({ state, settings, save }) => (
      <ManagedSection section="scripts" policy={state.policy}>
        <ScriptEditor settings={settings} onSave={save} />
      </ManagedSection>
    ),
  },
  {
    id: 'deadline',
    title: 'Hạn xử lý và ngày nghỉ',
    render: ({ state, settings, save }) => (
      <ManagedSection section="deadline" policy={state.policy}>
        <DeadlineSettingsForm settings={settings} onSave={save} />
      </ManagedSection>
    ),
  },
  { id: 'report', title: 'Báo cáo tháng', render: () => <MonthlyReportPanel /> },
  {
    id: 'register',
    title: 'Sổ theo dõi',
    render: ({ state, settings, save }) => (
      <ManagedSection section="register" policy={state.policy}>
        <RetentionForm settings={settings} onSave={save} />
      </ManagedSection>
    ),
  },
  { id: 'portals', title: 'Cổng ngoài gov.vn', render: () => <AddedPortalsForm /> },
  {
    id: 'import-export',
    title: 'Xuất, nhập tệp cài đặt',
    render: ({ state, setMessage }) => <ImportExportPanel state={state} onMessage={setMessage} />,
  },
];
