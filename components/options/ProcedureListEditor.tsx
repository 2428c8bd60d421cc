import { useId, useState } from 'react';
import type { DeskProcedure } from '@/utils/desk/types';
import type { Settings } from '@/utils/settings/schema';
import { MAX_PROCEDURES, PROCEDURE_FIELDS, rangeOf } from '@/utils/settings/settings-schema';
import { deskScreenFieldError } from './desk-field';

const MAX_NAME = rangeOf(PROCEDURE_FIELDS.name).max;

/** The procedures posted for citizens, each with the page that explains it; each gets a QR code on the board. */
export function ProcedureListEditor({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  const procedures = settings.deskScreen.procedures;
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const save = (next: DeskProcedure[]) =>
    onSave({ ...settings, deskScreen: { ...settings.deskScreen, procedures: next } });

  const add = () => {
    const procedure = { name: name.trim(), url: url.trim() };
    const problem = deskScreenFieldError('procedures', [...procedures, procedure]);
    if (problem) {
      setError(problem);
      return;
    }
    save([...procedures, procedure]);
    setName('');
    setUrl('');
    setError('');
  };

  return (
    <div data-testid="procedure-list">
      <h3>Thủ tục niêm yết</h3>
      {procedures.length === 0 ? (
        <p className="opt-hint">Chưa có thủ tục nào. Thêm tên thủ tục và đường dẫn trang hướng dẫn của thủ tục đó.</p>
      ) : (
        <ol>
          {procedures.map((procedure, i) => (
            <li key={`${procedure.url}-${procedure.name}`} data-testid="procedure-item">
              <strong>{procedure.name}</strong> — <span className="opt-hint">{procedure.url}</span>{' '}
              <button type="button" onClick={() => save(procedures.filter((_, j) => j !== i))}>
                Xóa
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-name`}>Tên thủ tục</label>
        <input id={`${id}-name`} value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-url`}>Đường dẫn trang hướng dẫn thủ tục</label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder="https://dichvucong.gov.vn/…"
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="opt-error-text">
          {error}
        </p>
      )}
      <p className="opt-actions">
        <button type="button" disabled={procedures.length >= MAX_PROCEDURES} onClick={add}>
          Thêm thủ tục
        </button>
      </p>
    </div>
  );
}
