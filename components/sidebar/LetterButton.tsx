import { LETTER_LABEL } from '@/components/common/letter-labels';
import type { MissingField } from '@/utils/letters/fill';
import type { LetterKind } from '@/utils/letters/types';
import { isOfficeField } from '@/utils/print/letter-request';
import { useSidebarActions } from './store-context';

/**
 * One click to the print page. A letter that lacks something cannot be printed: the button stays, disabled, with
 * the list of what to fill in, so the officer never hands over a letter with blanks.
 */
export function LetterButton({
  kind,
  missing,
  onPrint,
}: {
  kind: LetterKind;
  missing: readonly MissingField[];
  /** `byPerson`: the click was a person's (a trusted event), so the print dialog may open by itself. */
  onPrint(byPerson: boolean): void;
}) {
  const { openOptions } = useSidebarActions();
  const blocked = missing.length > 0;
  const hint = `mctt-letter-missing-${kind}`;
  return (
    <div className="mctt-letter">
      <button
        type="button"
        className="mctt-primary"
        data-testid="letter-button"
        data-kind={kind}
        disabled={blocked}
        aria-describedby={blocked ? hint : undefined}
        onClick={(event) => onPrint(event.isTrusted)}
      >
        In {LETTER_LABEL[kind].toLocaleLowerCase('vi')}
      </button>
      {blocked && (
        <div id={hint} className="mctt-notice" data-testid="letter-missing" data-kind={kind}>
          <p>Chưa in được, còn thiếu:</p>
          <ul>
            {missing.map(({ field, label }) => (
              <li key={field} data-field={field}>
                {label}
              </li>
            ))}
          </ul>
          {missing.some(isOfficeField) && (
            <button type="button" className="mctt-link" onClick={() => openOptions('office')}>
              Nhập thông tin cơ quan trong Cài đặt
            </button>
          )}
        </div>
      )}
    </div>
  );
}
