import { NUMBER_TOKEN } from '@/utils/register/apology-number';
import type { Settings } from '@/utils/settings/schema';
import { LETTER_FIELDS } from '@/utils/settings/settings-schema';
import { CheckboxField } from './CheckboxField';
import { DraftInput } from './DraftInput';
import { DraftTextarea } from './DraftTextarea';
import { NumberField } from './NumberField';
import type { SaveSettings } from './use-options-settings';
import { useSectionForm } from './use-section-form';

/**
 * What the letters follow besides their wording: the apology slip's number, when a death is too old for a
 * condolence, whether a gift goes with the marriage letter, and the commune's own happy-family text.
 */
export function LetterRulesForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const { id, values: letters, update, bind } = useSectionForm(settings, onSave, 'letters');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="letter-rules">
      <h2 id={`${id}-title`}>Quy định in thư</h2>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-number`}>Số phiếu xin lỗi</label>
        <DraftInput
          id={`${id}-number`}
          name="apologyNumberFormat"
          stored={letters.apologyNumberFormat}
          aria-describedby={`${id}-number-hint`}
          // A format without the place of the number would print the same number on every slip.
          acceptEdit={(format) => format.includes(NUMBER_TOKEN)}
          save={(format) => update({ apologyNumberFormat: format })}
        />
        <small id={`${id}-number-hint`} className="opt-hint">
          {NUMBER_TOKEN} là số thứ tự của phiếu trong năm (đếm lại từ 1 mỗi năm), {'{năm}'} là năm: “{NUMBER_TOKEN}
          /PXL-UBND” in “Số: 12/PXL-UBND”. Mỗi hồ sơ chỉ lập một phiếu.
        </small>
      </div>
      <NumberField
        label="Không đề xuất thư chia buồn khi người mất đã quá (ngày)"
        fields={LETTER_FIELDS}
        {...bind('condolenceMaxDays')}
      />
      <CheckboxField className="opt-field" {...bind('marriageGift')}>
        Xã tặng quà kèm thư chúc mừng kết hôn (thư có dòng “xin gửi tặng một món quà nhỏ”)
      </CheckboxField>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-criteria-title`}>Tên tài liệu tiêu chí gia đình hạnh phúc của địa phương</label>
        <DraftInput
          id={`${id}-criteria-title`}
          name="familyCriteriaTitle"
          stored={letters.familyCriteriaTitle}
          save={(title) => update({ familyCriteriaTitle: title })}
        />
      </div>
      <div className="opt-field opt-wide">
        <label htmlFor={`${id}-criteria`}>Nội dung (mỗi dòng một tiêu chí)</label>
        <DraftTextarea
          id={`${id}-criteria`}
          name="familyCriteriaText"
          rows={5}
          stored={letters.familyCriteriaText}
          aria-describedby={`${id}-criteria-hint`}
          save={(text) => update({ familyCriteriaText: text })}
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
