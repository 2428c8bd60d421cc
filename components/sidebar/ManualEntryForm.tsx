import { type FormEvent, type MouseEvent, useId, useState } from 'react';
import { DateField } from '@/components/common/DateField';
import { OptionList } from '@/components/common/OptionList';
import { genderFromName } from '@/utils/dossier/gender';
import type { DossierKind, DossierReading, DossierStatus, Gender } from '@/utils/dossier/types';
import { isoDay } from '@/utils/format/display-date';
import { changedEntries, type ManualEntry, type ManualEntryKey } from '@/utils/manual-entry/manual-entry';
import { KIND_LABEL, STATUS_LABEL } from './labels';
import { useSidebar } from './store-context';

type TextKey = Exclude<ManualEntryKey, 'kind' | 'status' | 'applicantGender' | 'deceasedGender'>;

interface FieldSpec {
  key: TextKey | 'applicantGender' | 'deceasedGender';
  label: string;
  type?: 'date' | 'tel' | 'email' | 'gender';
  kinds?: DossierKind[];
}

const FIELDS: FieldSpec[] = [
  { key: 'code', label: 'Mã hồ sơ' },
  { key: 'procedureName', label: 'Tên thủ tục' },
  { key: 'applicantName', label: 'Người nộp hồ sơ' },
  { key: 'applicantGender', label: 'Giới tính người nộp (để xưng ông/bà)', type: 'gender' },
  { key: 'applicantPhone', label: 'Số điện thoại', type: 'tel' },
  { key: 'applicantEmail', label: 'Thư điện tử', type: 'email' },
  { key: 'receivedAt', label: 'Ngày tiếp nhận', type: 'date' },
  { key: 'dueAt', label: 'Ngày hẹn trả', type: 'date' },
  { key: 'childName', label: 'Họ tên trẻ', kinds: ['birth'] },
  { key: 'childBirthDate', label: 'Ngày sinh của trẻ', type: 'date', kinds: ['birth'] },
  { key: 'spouse1Name', label: 'Họ tên bên nam', kinds: ['marriage'] },
  { key: 'spouse2Name', label: 'Họ tên bên nữ', kinds: ['marriage'] },
  { key: 'deceasedName', label: 'Họ tên người mất', kinds: ['death'] },
  { key: 'deceasedGender', label: 'Giới tính người mất', type: 'gender', kinds: ['death'] },
  { key: 'deceasedBirthDate', label: 'Ngày sinh người mất', type: 'date', kinds: ['death'] },
  { key: 'deceasedDeathDate', label: 'Ngày mất', type: 'date', kinds: ['death'] },
];

const GENDERS: Array<[Gender, string]> = [
  ['male', 'Nam'],
  ['female', 'Nữ'],
];

/** Lets the officer fix what the page did not show; kept for this dossier for the browser session only. */
export function ManualEntryForm({ onSave }: { onSave: (entry: ManualEntry | null) => Promise<boolean> }) {
  const reading = useSidebar((s) => s.reading);
  const manualKey = useSidebar((s) => s.manualKey);
  const saved = useSidebar((s) => s.manualEntry);
  const revision = useSidebar((s) => s.manualRevision);
  // Re-mount per dossier so one dossier's draft never leaks into the next, and when another tab saved this one's.
  return <ManualEntryFields key={`${manualKey ?? ''}|${revision}`} reading={reading} saved={saved} onSave={onSave} />;
}

function ManualEntryFields({
  reading,
  saved,
  onSave,
}: {
  reading: DossierReading;
  saved: ManualEntry | null;
  onSave: (entry: ManualEntry | null) => Promise<boolean>;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ManualEntry>(() => ({ ...initialFrom(reading), ...saved }));
  const [message, setMessage] = useState('');
  // Dates typed that are not days, by field: nothing is saved until they are.
  const [dateErrors, setDateErrors] = useState<Partial<Record<ManualEntryKey, string>>>({});
  const [tried, setTried] = useState(false);
  const kind = draft.kind ?? reading.dossier?.kind ?? 'other';
  const open = !reading.dossier || reading.missing.length > 0;

  // Saved by the button's click, never by a bare submit event: a page script can submit a form (requestSubmit) but
  // cannot click for the officer (untrusted clicks stop at the shadow root). Enter in a field still clicks it.
  const submit = async (event: MouseEvent) => {
    event.preventDefault();
    setTried(true);
    const shownKeys = new Set<string>(FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind)).map((f) => f.key));
    if (Object.entries(dateErrors).some(([key, error]) => error && shownKeys.has(key))) {
      setMessage('Có ngày chưa đúng, anh/chị xem lại (ngày/tháng/năm).');
      return;
    }
    // Only what differs from the page is kept, so a later correction on the portal still shows through. The
    // registration day is entered beside the marriage letter: the latest one saved is kept.
    const changes = changedEntries({ ...draft, registeredAt: saved?.registeredAt }, initialFrom(reading));
    const ok = await onSave(Object.keys(changes).length > 0 ? changes : null);
    setMessage(ok ? 'Đã lưu cho hồ sơ này trong phiên làm việc.' : 'Chưa lưu được, anh/chị vui lòng thử lại.');
  };
  const clear = async () => {
    const ok = await onSave(null);
    if (ok) {
      setDraft(initialFrom(reading));
      setDateErrors({});
      setTried(false);
    }
    setMessage(ok ? 'Đã xóa phần nhập tay.' : 'Chưa xóa được, anh/chị vui lòng thử lại.');
  };

  return (
    <details className="mctt-manual" open={open}>
      <summary>Sửa hoặc nhập thông tin bằng tay</summary>
      <form data-testid="manual-entry" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <label htmlFor={`${id}-kind`}>Loại thủ tục</label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as DossierKind })}
        >
          <OptionList values={Object.keys(KIND_LABEL) as DossierKind[]} label={(k) => KIND_LABEL[k]} />
        </select>
        <label htmlFor={`${id}-status`}>Trạng thái</label>
        <select
          id={`${id}-status`}
          name="status"
          value={draft.status ?? 'unknown'}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as DossierStatus })}
        >
          <OptionList values={Object.keys(STATUS_LABEL) as DossierStatus[]} label={(status) => STATUS_LABEL[status]} />
        </select>
        {FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind)).map((f) => (
          <div key={f.key} className="mctt-input">
            <label htmlFor={`${id}-${f.key}`}>
              {f.label}
              {f.type === 'date' && ' (ngày/tháng/năm)'}
            </label>
            {f.type === 'date' ? (
              <DateField
                id={`${id}-${f.key}`}
                name={f.key}
                value={(draft[f.key as TextKey] as string | undefined) ?? ''}
                showError={tried}
                errorClassName="mctt-error-text"
                onChange={(day, error) => {
                  setDraft((current) => ({ ...current, [f.key]: day }));
                  setDateErrors((current) => ({ ...current, [f.key]: error }));
                }}
              />
            ) : f.type === 'gender' ? (
              <GenderSelect
                id={`${id}-${f.key}`}
                name={f.key}
                value={draft[f.key as 'applicantGender' | 'deceasedGender']}
                guess={genderFromName(f.key === 'applicantGender' ? draft.applicantName : draft.deceasedName)}
                onChange={(gender) => setDraft({ ...draft, [f.key]: gender })}
              />
            ) : (
              <input
                id={`${id}-${f.key}`}
                name={f.key}
                type={f.type ?? 'text'}
                value={(draft[f.key as TextKey] as string | undefined) ?? ''}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              />
            )}
          </div>
        ))}
        <div className="mctt-actions">
          <button type="submit" className="mctt-primary" onClick={(event) => void submit(event)}>
            Lưu
          </button>
          <button type="button" onClick={clear}>
            Xóa phần nhập tay
          </button>
        </div>
        <p role="status" className="mctt-message">
          {message}
        </p>
      </form>
    </details>
  );
}

/** Nam / Nữ, or nothing chosen: then the name's guess is used and said to be one. */
function GenderSelect({
  id,
  name,
  value,
  guess,
  onChange,
}: {
  id: string;
  name: string;
  value: Gender | undefined;
  guess: Gender | undefined;
  onChange(gender: Gender | undefined): void;
}) {
  const guessed = GENDERS.find(([gender]) => gender === guess)?.[1];
  return (
    <select
      id={id}
      name={name}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || undefined) as Gender | undefined)}
    >
      <option value="">{guessed ? `Chưa chọn (đoán theo tên: ${guessed})` : 'Chưa rõ'}</option>
      {GENDERS.map(([gender, label]) => (
        <option key={gender} value={gender}>
          {label}
        </option>
      ))}
    </select>
  );
}

function initialFrom(reading: DossierReading): ManualEntry {
  const d = reading.dossier;
  if (!d) return {};
  return {
    code: d.code,
    procedureName: d.procedureName,
    kind: d.kind,
    applicantName: d.applicant.name,
    applicantGender: d.applicant.gender,
    applicantPhone: d.applicant.phone,
    applicantEmail: d.applicant.email,
    receivedAt: isoDay(d.receivedAt),
    dueAt: isoDay(d.dueAt),
    status: d.status,
    childName: d.child?.name,
    childBirthDate: isoDay(d.child?.birthDate),
    spouse1Name: d.spouses?.[0]?.name,
    spouse2Name: d.spouses?.[1]?.name,
    deceasedName: d.deceased?.name,
    deceasedGender: d.deceased?.gender,
    deceasedBirthDate: isoDay(d.deceased?.birthDate),
    deceasedDeathDate: isoDay(d.deceased?.deathDate),
  };
}
