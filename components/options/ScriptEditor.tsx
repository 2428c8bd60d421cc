import { useId } from 'react';
import { DEFAULT_SCRIPTS } from '@/templates/courtesy-scripts';
import { STAGE_LABEL } from '@/utils/scripts';
import { addScript, moveScript, removeScript, updateScript } from '@/utils/scripts/edit-scripts';
import { SCRIPT_FIELDS } from '@/utils/scripts/placeholders';
import type { CourtesyScript } from '@/utils/scripts/types';
import type { Settings } from '@/utils/settings/schema';
import { ConfirmAction } from './ConfirmAction';
import { ScriptItemEditor } from './ScriptItemEditor';

const STAGES: Array<[CourtesyScript['stage'], string]> = [
  ...(Object.entries(STAGE_LABEL) as Array<[CourtesyScript['stage'], string]>),
  ['any', 'Mọi lúc (hiện sau lời nói của từng giai đoạn)'],
];

/** The courtesy scripts by stage, in the order the sidebar shows them. */
export function ScriptEditor({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  const scripts = settings.scripts;
  const save = (next: CourtesyScript[]) => onSave({ ...settings, scripts: next });

  return (
    <section aria-labelledby={`${id}-title`} data-testid="script-editor">
      <h2 id={`${id}-title`}>Lời nói với người dân</h2>
      <p className="opt-hint">
        Thanh bên gợi ý các lời nói này theo giai đoạn của hồ sơ. Bấm <strong>Chèn trường</strong> dưới ô nội dung để
        chèn vào chỗ con trỏ: {SCRIPT_FIELDS.map((f) => `{{${f.name}}}`).join(', ')}. Tên cũ ({'{{honorific}}'}…) vẫn
        dùng được.
      </p>
      {STAGES.map(([stage, label]) => {
        const inStage = scripts.filter((s) => s.stage === stage);
        return (
          <section key={stage} className="opt-stage" data-stage={stage} aria-labelledby={`${id}-${stage}`}>
            <h3 id={`${id}-${stage}`}>{label}</h3>
            {inStage.length === 0 && <p className="opt-hint">Chưa có lời nói nào.</p>}
            {inStage.map((script, i) => (
              <ScriptItemEditor
                key={script.id}
                script={script}
                canMoveUp={i > 0}
                canMoveDown={i < inStage.length - 1}
                onChange={(patch) => save(updateScript(scripts, script.id, patch))}
                onMove={(direction) => save(moveScript(scripts, script.id, direction))}
                onRemove={() => save(removeScript(scripts, script.id))}
              />
            ))}
            <button
              type="button"
              onClick={() => save(addScript(scripts, { stage, title: 'Lời nói mới', text: 'Xin chào {{honorific}}.' }))}
            >
              Thêm lời nói: {label.replace(/ \(.*\)$/, '')}
            </button>
          </section>
        );
      })}
      <div className="opt-actions">
        <ConfirmAction
          label="Khôi phục lời nói mặc định"
          question="Bỏ mọi lời nói đã sửa và dùng lại lời nói mặc định?"
          confirm="Khôi phục"
          cancel="Thôi"
          onConfirm={() => save(structuredClone(DEFAULT_SCRIPTS))}
        />
      </div>
    </section>
  );
}
