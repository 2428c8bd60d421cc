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
import { RetentionForm } from './RetentionForm';
import { ScheduleYearsForm } from './ScheduleYearsForm';
import { ScriptEditor } from './ScriptEditor';
import { useOptionsSettings } from './use-options-settings';

/** The team lead's page: every change is saved at once and reaches open portal tabs without a reload. */
export function OptionsApp() {
  const { state, save, message, setMessage } = useOptionsSettings();
  const settings = state?.effective;

  return (
    <main className="opt-page">
      <h1>Cài đặt Một Cửa Thân Thiện</h1>
      {state && settings ? (
        <>
          <PolicyProblems policy={state.policy} />
          <ManagedSection section="deadline" policy={state.policy}>
            <DeadlineSettingsForm settings={settings} onSave={save} />
            <ScheduleYearsForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="scripts" policy={state.policy}>
            <ScriptEditor settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="plan" policy={state.policy}>
            <PlanWordsForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="office" policy={state.policy}>
            <OfficeProfileForm settings={settings} onSave={save} />
          </ManagedSection>
          <ManagedSection section="letters" policy={state.policy}>
            <LetterRulesForm settings={settings} onSave={save} />
            <LetterTemplateEditor settings={settings} onSave={save} />
          </ManagedSection>
          <MonthlyReportPanel />
          <DeskExportPanel state={state} onSave={save} />
          <CommuneReportPanel settings={settings} />
          <ManagedSection section="register" policy={state.policy}>
            <RetentionForm settings={settings} onSave={save} />
          </ManagedSection>
          <AddedPortalsForm />
          <RecipesPanel state={state} onSave={save} />
          <ImportExportPanel state={state} onMessage={setMessage} />
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
