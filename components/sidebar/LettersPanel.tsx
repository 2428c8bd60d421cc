import { LETTER_LABEL } from '@/components/common/letter-labels';
import type { Dossier } from '@/utils/dossier/types';
import type { LetterEligibility } from '@/utils/letters/types';
import { missingFor } from '@/utils/print/letter-request';
import type { LetterOrder } from '@/utils/print/print-job';
import { LetterButton } from './LetterButton';
import { RegistrationDayField } from './RegistrationDayField';
import { useSidebar, useSidebarActions } from './store-context';
import { usePrintLetters } from './use-print-letters';

/** Congratulation and condolence letters for this dossier, or why there is none; the apology slip sits apart. */
export function LettersPanel({
  dossier,
  letters: eligible,
}: {
  dossier: Dossier;
  letters: readonly LetterEligibility[];
}) {
  const settings = useSidebar((s) => s.settings);
  const { openThankYou } = useSidebarActions();
  const { status, print } = usePrintLetters();
  const letters = eligible.filter((letter) => letter.kind !== 'apology');

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
              onPrint={(byPerson) => void print({ letters: [order], byPerson })}
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
