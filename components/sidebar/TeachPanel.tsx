import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { describeLocator } from '@/utils/dossier/recipes/taught-values';
import { RECIPE_FIELD_LABEL } from '@/utils/dossier/recipes/types';
import { useSidebar, useSidebarActions } from './store-context';

/**
 * The teaching in progress: what to point at, then what the sidebar would read there for the officer to confirm.
 * Keyboard first: the main button of each step takes focus, Esc cancels.
 */
export function TeachPanel() {
  const id = useId();
  const teaching = useSidebar((s) => s.teaching);
  const { startTeaching, confirmTeaching, cancelTeaching } = useSidebarActions();
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
          <div className="mctt-actions">
            <button type="button" ref={main} onClick={cancelTeaching}>
              Hủy
            </button>
          </div>
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
          <div className="mctt-actions">
            <button
              type="button"
              className="mctt-primary"
              ref={main}
              disabled={phase === 'saving'}
              onClick={() => void confirmTeaching()}
            >
              Xác nhận
            </button>
            {again}
            {cancel}
          </div>
        </>
      )}
      {phase === 'refused' && (
        <>
          <p role="alert" className="mctt-teach-error" data-testid="teach-error">
            {teaching.message}
          </p>
          <div className="mctt-actions">
            <button type="button" className="mctt-primary" ref={main} onClick={() => startTeaching(scope, field)}>
              Chỉ lại
            </button>
            {cancel}
          </div>
        </>
      )}
      {phase === 'saved' && (
        <>
          <p role="status" className="mctt-ok" data-testid="teach-saved">
            {teaching.message}
          </p>
          <div className="mctt-actions">
            <button type="button" ref={main} onClick={cancelTeaching}>
              Đóng
            </button>
          </div>
        </>
      )}
    </section>
  );
}
