import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { describeLocator } from '@/utils/dossier/recipes/taught-values';
import { RECIPE_FIELD_LABEL } from '@/utils/dossier/recipes/types';
import { useSidebar, useSidebarActions } from './store-context';

/**
 * A step's buttons: its main one first, which takes focus as the step begins so that Enter does what the step is for,
 * then the others.
 */
function StepActions({
  focus,
  label,
  primary = false,
  disabled,
  onClick,
  children,
}: {
  focus: RefObject<HTMLButtonElement | null>;
  label: string;
  primary?: boolean;
  disabled?: boolean;
  onClick(): void;
  children?: ReactNode;
}) {
  return (
    <div className="mctt-actions">
      <button
        type="button"
        className={primary ? 'mctt-primary' : undefined}
        ref={focus}
        disabled={disabled}
        onClick={onClick}
      >
        {label}
      </button>
      {children}
    </div>
  );
}

/** How a try ends, said as it happens: a refusal interrupts (alert), a save is news (status). */
const OUTCOME = {
  refused: { role: 'alert', className: 'mctt-teach-error', testId: 'teach-error' },
  saved: { role: 'status', className: 'mctt-ok', testId: 'teach-saved' },
} as const;

/** Why the pointed place was refused, or that the way to read it was saved. */
function Outcome({ phase, message }: { phase: keyof typeof OUTCOME; message: string | undefined }) {
  const { role, className, testId } = OUTCOME[phase];
  return (
    <p role={role} className={className} data-testid={testId}>
      {message}
    </p>
  );
}

/**
 * The teaching in progress: what to point at, then what the sidebar would read there for the officer to confirm.
 * Keyboard first: the main button of each step takes focus, Esc cancels.
 */
export function TeachPanel() {
  const id = useId();
  const teaching = useSidebar((s) => s.teaching);
  const { startTeaching, confirmTeaching, cancelTeaching, openOptions } = useSidebarActions();
  const main = useRef<HTMLButtonElement>(null);
  const step = teaching && `${teaching.scope}:${teaching.field}:${teaching.phase}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once per step, not on every render.
  useEffect(() => {
    if (teaching?.phase !== 'saving') main.current?.focus();
  }, [step]);

  if (!teaching) return null;
  const { scope, field, phase } = teaching;
  const name = RECIPE_FIELD_LABEL[field];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancelTeaching();
  };
  const again = (
    <button type="button" onClick={() => startTeaching(scope, field)}>
      Chỉ lại
    </button>
  );
  const cancel = (
    <button type="button" onClick={cancelTeaching}>
      Hủy
    </button>
  );

  return (
    <section
      className="mctt-teach"
      aria-labelledby={`${id}-title`}
      data-testid="teach-panel"
      data-phase={phase}
      data-field={field}
      data-scope={scope}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`} className="mctt-section-title">
        Dạy cách đọc {scope === 'list' ? `cột ${name}` : name}
      </h2>
      {phase === 'pointing' && (
        <>
          <p role="status">
            Bấm vào {scope === 'list' ? `một ô ${name} trong bảng` : `giá trị ${name}`} trên trang; chỗ đang chỉ có
            khung xanh. Bấm Esc để hủy.
          </p>
          <StepActions focus={main} label="Hủy" onClick={cancelTeaching} />
        </>
      )}
      {(phase === 'proposed' || phase === 'saving') && (
        <>
          <p>Trợ lý sẽ đọc:</p>
          <p className="mctt-teach-value" data-testid="teach-value">
            {teaching.value}
          </p>
          <ul className="mctt-teach-way" data-testid="teach-way">
            {teaching.locator && <li>Cách tìm: {describeLocator(teaching.locator)}.</li>}
            {teaching.rows !== undefined && <li>Cột này đọc được ở {teaching.rows} dòng trên trang.</li>}
          </ul>
          <StepActions
            focus={main}
            label="Xác nhận"
            primary
            disabled={phase === 'saving'}
            onClick={() => void confirmTeaching()}
          >
            {again}
            {cancel}
          </StepActions>
        </>
      )}
      {phase === 'refused' && (
        <>
          <Outcome phase={phase} message={teaching.message} />
          <StepActions focus={main} label="Chỉ lại" primary onClick={() => startTeaching(scope, field)}>
            {cancel}
          </StepActions>
        </>
      )}
      {phase === 'saved' && (
        <>
          <Outcome phase={phase} message={teaching.message} />
          <StepActions focus={main} label="Đóng" onClick={cancelTeaching} />
          <button type="button" className="mctt-link" onClick={() => openOptions('recipes')}>
            Xem các cách đọc đã dạy trong Cài đặt
          </button>
        </>
      )}
    </section>
  );
}
