import { useId, useState } from 'react';
import { now } from '@/utils/clock/clock';
import { deskFile, deskFileName, exportDeskFile } from '@/utils/register/desk-file';
import { readRegister } from '@/utils/register/register-store';
import { ensureDeskId } from '@/utils/settings/desk-identity';
import { DESK_FIELDS, rangeOf } from '@/utils/settings/settings-schema';
import { DraftInput } from './DraftInput';
import { downloadFile } from './download-file';
import { ManagedSection } from './ManagedSection';
import { type SettingsPanelProps, sectionUpdate } from './use-options-settings';
import './commune-report.css';

const monthShort = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/**
 * The officer's side of the commune report: this desk's name (set once, or by the office policy) and "Xuất sổ theo
 * dõi", a file of the register's monthly counts for the team lead. Dossier codes go in only when the team lead's
 * setting allows it; citizens' names never do.
 */
export function DeskExportPanel({ state, onSave, settle }: SettingsPanelProps) {
  const id = useId();
  const settings = state.effective;
  const [message, setMessage] = useState('');

  const name = settings.desk.name.trim();
  const exportFile = async () => {
    // The desk's name as just typed, saved first.
    const { desk, register } = settle().effective;
    const deskName = desk.name.trim();
    try {
      // Made when the page opened (entrypoints/options/main.tsx); made here if that failed.
      const deskId = await ensureDeskId();
      const at = now();
      const file = deskFile(await readRegister(), { id: deskId, name: deskName }, at, register.shareDossierCodes);
      downloadFile(deskFileName(deskName, at), exportDeskFile(file), 'application/json');
      const first = file.months[0]?.month ?? '';
      const last = file.months.at(-1)?.month ?? '';
      setMessage(
        `Đã xuất sổ theo dõi của “${deskName}”: ${file.months.length} tháng (${first === last ? monthShort(first) : `${monthShort(first)} – ${monthShort(last)}`})${register.shareDossierCodes ? ', có kèm mã hồ sơ' : ''}. Anh/chị gửi tệp cho tổ trưởng.`,
      );
    } catch {
      setMessage('Chưa xuất được sổ theo dõi, anh/chị vui lòng thử lại.');
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="desk-export">
      <h2 id={`${id}-title`}>Xuất sổ theo dõi của bàn</h2>
      <p className="opt-hint">
        Tệp gồm số liệu từng tháng của sổ theo dõi trên máy này (thư, phiếu đã in; hồ sơ đã xem; trả đúng hẹn; “4 xin”)
        để tổ trưởng tổng hợp báo cáo của cả xã. Tệp không có tên công dân.
      </p>
      <ManagedSection section="desk" policy={state.policy}>
        <div className="opt-field opt-wide">
          <label htmlFor={`${id}-name`}>Tên bàn</label>
          <DraftInput
            id={`${id}-name`}
            stored={settings.desk.name}
            maxLength={rangeOf(DESK_FIELDS.name).max}
            aria-describedby={`${id}-name-hint`}
            save={(name) => sectionUpdate(onSave, 'desk')({ name })}
          />
          <small id={`${id}-name-hint`} className="opt-hint">
            Đặt một lần, ví dụ “Bàn 1 – Hộ tịch”. Tổ trưởng thấy tên này trong báo cáo tổng hợp.
            {settings.desk.id && ` Mã bàn trên máy này: ${settings.desk.id.slice(0, 8)}.`}
          </small>
        </div>
      </ManagedSection>
      <ManagedSection section="register" policy={state.policy}>
        <div className="opt-field crp-check">
          <label className="opt-inline">
            <input
              type="checkbox"
              checked={settings.register.shareDossierCodes}
              onChange={(e) => {
                const shareDossierCodes = e.target.checked;
                onSave((s) => ({ ...s, register: { ...s.register, shareDossierCodes } }));
              }}
            />
            Kèm mã hồ sơ trong tệp sổ theo dõi
          </label>
          <small className="opt-hint">
            Do tổ trưởng quyết định (mặc định: không kèm). Chỉ kèm mã hồ sơ đã xem, không bao giờ kèm tên công dân.
          </small>
        </div>
      </ManagedSection>
      <div className="opt-actions">
        <button type="button" className="opt-primary" disabled={name === ''} onClick={() => void exportFile()}>
          Xuất sổ theo dõi
        </button>
        {name === '' && <span className="opt-hint">Anh/chị đặt tên bàn trước khi xuất.</span>}
      </div>
      <p role="status" data-testid="desk-export-status">
        {message}
      </p>
    </section>
  );
}
