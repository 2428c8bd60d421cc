import { useEffect } from 'react';
import { flushWhenLeft } from './drafts';
import { shownSections } from './options-sections';
import { PolicyProblems } from './PolicyProblems';
import { SectionMenu } from './SectionMenu';
import { DraftsContext } from './use-draft';
import { useOptionsSettings } from './use-options-settings';
import { useSectionHash } from './use-section-hash';

/**
 * The team lead's page: a choice is saved at once, a text once typing pauses or its field is left; either reaches
 * open portal tabs without a reload. Nothing typed is lost when the page is hidden or closed.
 */
export function OptionsApp() {
  const { state, save, settle, drafts, message, setMessage } = useOptionsSettings();
  useEffect(() => flushWhenLeft(drafts, window, document), [drafts]);
  const settings = state?.effective;
  const { current, go } = useSectionHash(Boolean(state));
  const sections = shownSections();

  return (
    <div className="opt-layout">
      <SectionMenu sections={sections} current={current} onGo={go} />
      <main className="opt-page">
        <h1>Cài đặt Một Cửa Thân Thiện</h1>
        {state && settings ? (
          <DraftsContext.Provider value={drafts}>
            <PolicyProblems policy={state.policy} />
            {sections.map((section) => (
              <section
                key={section.id}
                id={section.id}
                className="opt-section"
                aria-label={section.title}
                tabIndex={-1}
                data-options-section={section.id}
              >
                {section.render({ state, settings, save, settle, setMessage })}
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
