import { type FormEvent, useId, useState } from 'react';
import { DateField } from '@/components/common/DateField';
import { OptionList } from '@/components/common/OptionList';
import { RadioChoices } from '@/components/common/RadioChoices';
import { TextList } from '@/components/common/TextList';
import { now } from '@/utils/clock/clock';
import { vietnamToday } from '@/utils/deadline';
import { genderFromName } from '@/utils/dossier/gender';
import type { PersonHonorific, ThankYouInput } from '@/utils/letters/types';
import type { LetterOrder } from '@/utils/print/print-job';

const HONORIFICS: PersonHonorific[] = ['ông', 'bà', 'anh', 'chị'];
const RECIPIENT_TYPES: { value: ThankYouInput['recipientType']; label: string }[] = [
  { value: 'person', label: 'Cá nhân' },
  { value: 'organisation', label: 'Tổ chức, doanh nghiệp' },
];

/** A thank-you certificate is not tied to a dossier: the officer says who helped the commune and how. */
export function ThankYouForm({ onSubmit }: { onSubmit(orders: LetterOrder[]): void }) {
  const id = useId();
  const [input, setInput] = useState<ThankYouInput>({
    recipientName: '',
    recipientType: 'person',
    honorific: undefined,
    reason: '',
    date: vietnamToday(now()),
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [dateError, setDateError] = useState<string>();
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<ThankYouInput>) => setInput((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const unknownHonorific =
      input.recipientType === 'person' && !input.honorific && !genderFromName(input.recipientName);
    const problems = [
      !input.recipientName.trim() && 'Tên người hoặc tổ chức được cảm ơn',
      input.recipientName.trim() && unknownHonorific && 'Xưng hô (ông, bà, anh, chị): tên không cho biết',
      !input.reason.trim() && 'Việc đã giúp đỡ (lý do cảm ơn)',
      dateError && `Ngày ghi trên giấy: ${dateError}`,
    ].filter((p): p is string => Boolean(p));
    setErrors(problems);
    if (problems.length > 0) return;
    const thankYou: ThankYouInput = {
      ...input,
      date: input.date ?? vietnamToday(now()),
      recipientName: input.recipientName.trim(),
      reason: input.reason.trim(),
      honorific: input.recipientType === 'person' ? input.honorific : undefined,
    };
    onSubmit([{ kind: 'thank-you', dossier: null, options: { thankYou } }]);
  };

  return (
    <form className="print-form" onSubmit={submit} data-testid="thank-you-form" noValidate>
      <h2>Giấy cảm ơn</h2>
      <fieldset>
        <legend>Người nhận</legend>
        <RadioChoices
          name="recipientType"
          choices={RECIPIENT_TYPES}
          value={input.recipientType}
          onChange={(recipientType) => set({ recipientType })}
        />
      </fieldset>
      {input.recipientType === 'person' && (
        <div className="print-field">
          <label htmlFor={`${id}-honorific`}>Xưng hô</label>
          <select
            id={`${id}-honorific`}
            value={input.honorific ?? ''}
            onChange={(e) => set({ honorific: (e.target.value || undefined) as PersonHonorific | undefined })}
          >
            <option value="">Theo tên đệm (Thị: bà, Văn: ông)</option>
            <OptionList values={HONORIFICS} />
          </select>
        </div>
      )}
      <div className="print-field">
        <label htmlFor={`${id}-name`}>{input.recipientType === 'person' ? 'Họ và tên' : 'Tên tổ chức'}</label>
        <input
          id={`${id}-name`}
          name="recipientName"
          value={input.recipientName}
          onChange={(e) => set({ recipientName: e.target.value })}
        />
      </div>
      <div className="print-field">
        <label htmlFor={`${id}-reason`}>
          Đã giúp đỡ địa phương việc gì (ví dụ: đã ủng hộ 50 bộ bàn ghế cho điểm trường)
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          value={input.reason}
          onChange={(e) => set({ reason: e.target.value })}
        />
      </div>
      <div className="print-field">
        <label htmlFor={`${id}-date`}>Ngày ghi trên giấy (ngày/tháng/năm; để trống là hôm nay)</label>
        <DateField
          id={`${id}-date`}
          name="date"
          value={input.date ?? ''}
          showError={tried}
          errorClassName="print-error-text"
          onChange={(day, error) => {
            setDateError(error);
            set({ date: day || undefined });
          }}
        />
      </div>
      {errors.length > 0 && (
        <div role="alert" className="print-error">
          <p>Anh/chị vui lòng nhập:</p>
          <TextList items={errors} />
        </div>
      )}
      <button type="submit" className="print-primary">
        Xem và in giấy cảm ơn
      </button>
    </form>
  );
}
