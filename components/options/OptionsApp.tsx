import { shownSections } from './options-sections';
import { PolicyProblems } from './PolicyProblems';
import { SectionMenu } from './SectionMenu';
import { useOptionsSettings } from './use-options-settings';
import { useSectionHash } from './use-section-hash';

/** The team lead's page: every change is saved at once and reaches open portal tabs without a reload. */
export function OptionsApp() {
  const { state, save, message, setMessage } = useOptionsSettings();
  const settings = state?.effective;
  const { current, go } = useSectionHash(Boolean(state));
  const sections = shownSections();

  return (
    <div className="opt-layout">
      <SectionMenu sections={sections} current={current} onGo={go} />
      <main className="opt-page">
        <h1>Cài đặt Một Cửa Thân Thiện</h1>
        {state && settings ? (
          <>
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
                {section.render({ state, settings, save, setMessage })}
              </section>
            ))}
          </>
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
