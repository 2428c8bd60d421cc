import { personalise } from '@/utils/scripts';
import { SCRIPT_FIELDS, unknownPlaceholders } from '@/utils/scripts/placeholders';
import { SAMPLE_DOSSIER, SAMPLE_NEW_RETURN_DATE } from './script-sample';

/** The script as the sidebar would say it to a sample citizen, with the placeholders it cannot fill. */
export function ScriptPreview({ text, warningId }: { text: string; warningId: string }) {
  const unknown = unknownPlaceholders(text);
  return (
    <div className="opt-script-preview">
      <p className="opt-hint">Xem trước (với người nộp mẫu {SAMPLE_DOSSIER.applicant.name}):</p>
      <blockquote data-testid="script-preview">
        {personalise(text, { dossier: SAMPLE_DOSSIER, newReturnDate: SAMPLE_NEW_RETURN_DATE })}
      </blockquote>
      {unknown.length > 0 && (
        <p id={warningId} className="opt-warning" data-testid="unknown-placeholders">
          Chỗ điền không có: {unknown.map((name) => `{{${name}}}`).join(', ')}; thanh bên sẽ bỏ trống chỗ này. Chỗ điền
          dùng được: {SCRIPT_FIELDS.map((f) => `{{${f.name}}}`).join(', ')}.
        </p>
      )}
    </div>
  );
}
