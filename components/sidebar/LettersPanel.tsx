import { LETTER_LABEL } from '@/components/common/letter-labels';
import type { Dossier } from '@/utils/dossier/types';
import { letterEligibility } from '@/utils/letters/rules';
import { letterContext } from '@/utils/print/letter-context';
import { missingFor } from '@/utils/print/letter-request';
import type { LetterOrder } from '@/utils/print/print-job';
import { LetterButton } from './LetterButton';
import { RegistrationDayField } from './RegistrationDayField';
import { useSidebar, useSidebarActions } from './store-context';
import { usePrintLetters } from './use-print-letters';

/** Congratulation and condolence letters for this dossier, or why there is none; the apology slip sits apart. */
export function LettersPanel({ dossier }: { dossier: Dossier }) {
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const { openThankYou } = useSidebarActions();
  const { status, print } = usePrintLetters();
  const letters = letterEligibility(dossier, now, letterContext(settings)).filter(
    (letter) => letter.kind !== 'apology',
  );

  return (
    <section className="mctt-letters" aria-labelledby="mctt-letters-heading" data-testid="letters-panel">
      <h3 id="mctt-letters-heading" className="mctt-section-title">
        Thư gửi công dân
      </h3>
      {letters.length === 0 && <p>Thủ tục này không có thư chúc mừng hay chia buồn.</p>}
      {letters.map(({ kind, applies, reason }) => {
        if (!applies) {
          return (
            <p key={kind} className="mctt-notice" data-testid="letter-unavailable" data-kind={kind}>
              {LETTER_LABEL[kind]}: {reason}
            </p>
          );
        }
        const order: LetterOrder = { kind, dossier };
        return (
          <div key={kind}>
            {reason && (
              <p className="mctt-ok" data-testid="letter-reason" data-kind={kind}>
                {reason}
              </p>
            )}
            {kind === 'marriage-congratulation' && <RegistrationDayField dossier={dossier} />}
            <LetterButton
              kind={kind}
              missing={missingFor(order, settings)}
              onPrint={() => void print({ letters: [order] })}
            />
          </div>
        );
      })}
      <button type="button" className="mctt-link" data-testid="thank-you-button" onClick={() => void openThankYou()}>
        Lập giấy cảm ơn người, tổ chức đã giúp đỡ địa phương…
      </button>
      <p role="status" className="mctt-status">
        {status}
      </p>
    </section>
  );
}
