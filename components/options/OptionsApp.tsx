import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import type { SettingsSection } from '@/utils/settings/validate';
import { AddedPortalsForm } from './AddedPortalsForm';
import { CommuneReportPanel } from './CommuneReportPanel';
import { DeadlineSettingsForm } from './DeadlineSettingsForm';
import { DeskExportPanel } from './DeskExportPanel';
import { ImportExportPanel } from './ImportExportPanel';
import { LetterRulesForm } from './LetterRulesForm';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { ManagedSection } from './ManagedSection';
import { MonthlyReportPanel } from './MonthlyReportPanel';
import { OfficeProfileForm } from './OfficeProfileForm';
import { PlanWordsForm } from './PlanWordsForm';
import { PolicyProblems } from './PolicyProblems';
import { RecipesPanel } from './RecipesPanel';
import { RepairedSettingsNotice } from './RepairedSettingsNotice';
import { RetentionForm } from './RetentionForm';
import { ScheduleYearsForm } from './ScheduleYearsForm';
import { ScriptEditor } from './ScriptEditor';
import { useOptionsSettings } from './use-options-settings';

/** The team lead's page: every change is saved at once and reaches open portal tabs without a reload. */
export function OptionsApp({ repairedAtStart = [] }: { repairedAtStart?: readonly string[] }) {
  const { state, save, message, setMessage } = useOptionsSettings(repairedAtStart);
  const settings = state?.effective;
  const resetTo = (section: SettingsSection) => () =>
    settings && save({ ...settings, [section]: structuredClone(DEFAULT_SETTINGS[section]) });

  return (
    <main className="opt-page">
      <h1>Cài đặt Một Cửa Thân Thiện</h1>
      {state && settings ? (
        <>
          <RepairedSettingsNotice problems={state.problems} />
          <PolicyProblems policy={state.policy} />
          <ManagedSection section="deadline" policy={state.policy} onResetDefaults={resetTo('deadline')}>
            <DeadlineSettingsForm settings={settings} onSave={save} />
            <ScheduleYearsForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="scripts" policy={state.policy} onResetDefaults={resetTo('scripts')}>
            <ScriptEditor settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="plan" policy={state.policy} onResetDefaults={resetTo('plan')}>
            <PlanWordsForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="office" policy={state.policy} onResetDefaults={resetTo('office')}>
            <OfficeProfileForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="letters" policy={state.policy} onResetDefaults={resetTo('letters')}>
            <LetterRulesForm settings={settings} onSave={save} />
            <LetterTemplateEditor settings={settings} onSave={save} />
          </ManagedSection>
          <ErrorBoundary label="Báo cáo tháng" section="monthly-report">
            <MonthlyReportPanel />
          </ErrorBoundary>
          <ErrorBoundary label="Xuất sổ theo dõi" section="desk-export">
            <DeskExportPanel state={state} onSave={save} />
          </ErrorBoundary>
          <ErrorBoundary label="Tổng hợp báo cáo" section="commune-report">
            <CommuneReportPanel settings={settings} />
          </ErrorBoundary>
          <ManagedSection section="register" policy={state.policy} onResetDefaults={resetTo('register')}>
            <RetentionForm settings={settings} onSave={save} />
          </ManagedSection>
          <ErrorBoundary label="Cổng một cửa thêm" section="added-portals">
            <AddedPortalsForm />
          </ErrorBoundary>
          <ErrorBoundary label="Cách đọc cổng" section="recipes">
            <RecipesPanel state={state} onSave={save} />
          </ErrorBoundary>
          <ErrorBoundary label="Xuất và nhập tệp cài đặt" section="import-export">
            <ImportExportPanel state={state} onMessage={setMessage} />
          </ErrorBoundary>
        </>
      ) : (
        <p>Đang tải cài đặt…</p>
      )}
      <p role="status" className="opt-message" data-testid="options-status">
        {message}
      </p>
    </main>
  );
}
