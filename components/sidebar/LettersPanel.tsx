import { LETTER_LABEL } from '@/components/common/letter-labels';
import type { Dossier } from '@/utils/dossier/types';
import { letterEligibility } from '@/utils/letters/rules';
import { missingFor } from '@/utils/print/letter-request';
import type { LetterOrder } from '@/utils/print/print-job';
import { LetterButton } from './LetterButton';
import { useSidebar, useSidebarActions } from './store-context';
import { usePrintLetters } from './use-print-letters';

/** Congratulation and condolence letters for this dossier; the apology slip sits with the apology prompt. */
export function LettersPanel({ dossier }: { dossier: Dossier }) {
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const { openThankYou } = useSidebarActions();
  const { status, print } = usePrintLetters();
  const letters = letterEligibility(dossier, now).filter((letter) => letter.kind !== 'apology');

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
          <LetterButton
            key={kind}
            kind={kind}
            missing={missingFor(order, settings)}
            onPrint={(byPerson) => void print({ letters: [order], byPerson })}
          />
        );
      })}
      <button type="button" className="mctt-link" data-testid="thank-you-button" onClick={() => void openThankYou()}>
        Lập giấy cảm ơn người, tổ chức giúp đỡ xã…
      </button>
      <p role="status" className="mctt-status">
        {status}
      </p>
    </section>
  );
}
