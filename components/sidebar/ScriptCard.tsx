import type { Dossier } from '@/utils/dossier/types';
import { personalise, STAGE_LABEL, scriptsFor } from '@/utils/scripts';
import type { CourtesyAct, Stage } from '@/utils/scripts/types';
import { useSidebar } from './store-context';
import { useCopy } from './use-copy';

const ACTS: Array<[CourtesyAct, string]> = [
  ['greeted', 'Đã chào'],
  ['askedPermission', 'Đã xin phép'],
  ['thanked', 'Đã cảm ơn'],
  ['apologised', 'Đã xin lỗi'],
];

/** The words for this moment of the dossier, ready to say or copy, and the "4 xin" ticked as done. */
export function ScriptCard({
  dossier,
  stage,
  newReturnDate,
  onCourtesy,
}: {
  dossier: Dossier;
  stage: Stage;
  newReturnDate?: string;
  onCourtesy: (acts: CourtesyAct[]) => Promise<boolean>;
}) {
  const scripts = useSidebar((s) => s.settings.scripts);
  const plan = useSidebar((s) => s.settings.plan);
  const address = useSidebar((s) => s.settings.letters.addressStyle);
  const done = useSidebar((s) => s.courtesy);
  const { copied, copy } = useCopy();
  const chosen = scriptsFor(stage, scripts);
  const toggle = (act: CourtesyAct) =>
    void onCourtesy(done.includes(act) ? done.filter((a) => a !== act) : [...done, act]);

  return (
    <section className="mctt-script" data-testid="script-card" data-stage={stage} aria-labelledby="mctt-script-heading">
      <h3 id="mctt-script-heading" className="mctt-section-title">
        Lời nói cho lúc này: {STAGE_LABEL[stage]}
      </h3>
      {chosen.map((script) => {
        const text = personalise(script.text, { dossier, newReturnDate, address });
        return (
          <figure key={script.id} className="mctt-script-item" data-script={script.id}>
            <figcaption>{script.title}</figcaption>
            <blockquote>{text}</blockquote>
            <button type="button" onClick={() => copy(script.id, text)}>
              {copied === script.id ? 'Đã chép' : 'Chép lời này'}
            </button>
          </figure>
        );
      })}
      <fieldset className="mctt-acts">
        <legend>Đã làm với hồ sơ này</legend>
        {ACTS.map(([act, label]) => (
          <label key={act}>
            <input type="checkbox" name={act} checked={done.includes(act)} onChange={() => toggle(act)} /> {label}
          </label>
        ))}
      </fieldset>
      {/* The plan's own words, as the commune's plan writes them. */}
      <dl className="mctt-reminder" data-testid="plan-words">
        <dt>4 xin:</dt>
        <dd data-words="four-asks">{plan.fourAsks}</dd>
        <dt>4 luôn:</dt>
        <dd data-words="four-always">{plan.fourAlways}</dd>
        <dt>5 không:</dt>
        <dd data-words="five-nevers">{plan.fiveNevers}</dd>
      </dl>
    </section>
  );
}
