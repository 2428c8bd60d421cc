import { useId } from 'react';
import { NUMBER_TOKEN } from '@/utils/register/apology-number';
import type { Settings } from '@/utils/settings/schema';

/**
 * What the letters follow besides their wording: the apology slip's number, when a death is too old for a
 * condolence, whether a gift goes with the marriage letter, and the commune's own happy-family text.
 */
export function LetterRulesForm({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  const letters = settings.letters;
  const update = (patch: Partial<Settings['letters']>) => onSave({ ...settings, letters: { ...letters, ...patch } });
  return (
    <section aria-labelledby={`${id}-title`} data-testid="letter-rules">
      <h2 id={`${id}-title`}>Quy định in thư</h2>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-number`}>Số phiếu xin lỗi</label>
        <input
          id={`${id}-number`}
          name="apologyNumberFormat"
          value={letters.apologyNumberFormat}
          aria-describedby={`${id}-number-hint`}
          onChange={(e) => {
            // A format without the place of the number would print the same number on every slip.
            if (e.target.value.includes(NUMBER_TOKEN)) update({ apologyNumberFormat: e.target.value });
          }}
        />
        <small id={`${id}-number-hint`} className="opt-hint">
          {NUMBER_TOKEN} là số thứ tự của phiếu trong năm (đếm lại từ 1 mỗi năm), {'{năm}'} là năm: “{NUMBER_TOKEN}
          /PXL-UBND” in “Số: 12/PXL-UBND”. Mỗi hồ sơ chỉ lập một phiếu.
        </small>
      </div>
      <div className="opt-field">
        <label htmlFor={`${id}-condolence`}>Không đề xuất thư chia buồn khi người mất đã quá (ngày)</label>
        <input
          id={`${id}-condolence`}
          name="condolenceMaxDays"
          type="number"
          min={1}
          max={3650}
          value={letters.condolenceMaxDays}
          onChange={(e) => {
            const days = Number.parseInt(e.target.value, 10);
            if (Number.isInteger(days) && days >= 1 && days <= 3650) update({ condolenceMaxDays: days });
          }}
        />
      </div>
      <label className="opt-field">
        <input
          type="checkbox"
          name="marriageGift"
          checked={letters.marriageGift}
          onChange={(e) => update({ marriageGift: e.target.checked })}
        />{' '}
        Xã tặng quà kèm thư chúc mừng kết hôn (thư có dòng “xin gửi tặng một món quà nhỏ”)
      </label>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-criteria-title`}>Tên tài liệu tiêu chí gia đình hạnh phúc của địa phương</label>
        <input
          id={`${id}-criteria-title`}
          name="familyCriteriaTitle"
          value={letters.familyCriteriaTitle}
          onChange={(e) => update({ familyCriteriaTitle: e.target.value })}
        />
      </div>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-criteria`}>Nội dung (mỗi dòng một tiêu chí)</label>
        <textarea
          id={`${id}-criteria`}
          name="familyCriteriaText"
          rows={5}
          value={letters.familyCriteriaText}
          aria-describedby={`${id}-criteria-hint`}
          onChange={(e) => update({ familyCriteriaText: e.target.value })}
        />
        <small id={`${id}-criteria-hint`} className="opt-hint">
          Để trống: trang kèm thư kết hôn trích nguyên văn vài tiêu chí của Quyết định số 224/QĐ-BVHTTDL ngày
          28/01/2022, có ghi nguồn. Nhập văn bản của địa phương: trang kèm thư in văn bản đó, ghi là tài liệu của Ủy ban
          nhân dân địa phương.
        </small>
      </div>
    </section>
  );
}
