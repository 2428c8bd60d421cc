import { useEffect } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { managedSections } from '@/utils/settings/managed';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { flushWhenLeft } from './drafts';
import { type OptionsSection, type SectionProps, shownSections } from './options-sections';
import { PolicyProblems } from './PolicyProblems';
import { RepairedSettingsNotice } from './RepairedSettingsNotice';
import { SectionMenu } from './SectionMenu';
import { DraftsContext } from './use-draft';
import { useOptionsSettings } from './use-options-settings';
import { useSectionHash } from './use-section-hash';

/** A section's content, drawn inside its error boundary: whatever fails while drawing it stays in that section. */
function SectionBody({ section, ...props }: SectionProps & { section: OptionsSection }) {
  return section.render(props);
}

/**
 * The team lead's page: a choice is saved at once, a text once typing pauses or its field is left; either reaches
 * open portal tabs without a reload. Nothing typed is lost when the page is hidden or closed.
 */
export function OptionsApp({ repairedAtStart = [] }: { repairedAtStart?: readonly string[] }) {
  const { state, save, settle, drafts, message, setMessage } = useOptionsSettings(repairedAtStart);
  useEffect(() => flushWhenLeft(drafts, window, document), [drafts]);
  const settings = state?.effective;
  const { current, go } = useSectionHash(Boolean(state));
  const sections = shownSections();
  // What every section is given, once the settings are read.
  const props: SectionProps | null = state && settings ? { state, settings, save, settle, setMessage } : null;

  // A section that fails to show offers its defaults back, unless the office policy manages them.
  const waysBack = ({ resets }: OptionsSection) =>
    state && settings && resets && !managedSections(state.policy).includes(resets)
      ? [
          {
            label: 'Đặt lại phần này về mặc định',
            run: () => save({ ...settings, [resets]: structuredClone(DEFAULT_SETTINGS[resets]) }),
          },
        ]
      : [];

  return (
    <div className="opt-layout">
      <SectionMenu sections={sections} current={current} onGo={go} />
      <main className="opt-page">
        <h1>Cài đặt Một Cửa Thân Thiện</h1>
        {props ? (
          <DraftsContext.Provider value={drafts}>
            <RepairedSettingsNotice problems={props.state.problems} />
            <PolicyProblems policy={props.state.policy} />
            {sections.map((section) => (
              <section
                key={section.id}
                id={section.id}
                className="opt-section"
                aria-label={section.title}
                tabIndex={-1}
                data-options-section={section.id}
              >
                <ErrorBoundary label={section.title} section={section.id} actions={waysBack(section)}>
                  <SectionBody section={section} {...props} />
                </ErrorBoundary>
              </section>
            ))}
          </DraftsContext.Provider>
        ) : (
          <p>Đang tải cài đặt…</p>
        )}
        <p role="status" className="opt-message" data-testid="options-status">
          {message}
        </p>
      </main>
    </div>
  );
}
