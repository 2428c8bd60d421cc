import { type FormEvent, useId, useState } from 'react';
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
  // Re-mount per dossier so one dossier's draft never leaks into the next.
  return <ManualEntryFields key={manualKey ?? ''} reading={reading} saved={saved} onSave={onSave} />;
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
  const kind = draft.kind ?? reading.dossier?.kind ?? 'other';
  const open = !reading.dossier || reading.missing.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only what differs from the page is kept, so a later correction on the portal still shows through. The
    // registration day is entered beside the marriage letter: the latest one saved is kept.
    const changes = changedEntries({ ...draft, registeredAt: saved?.registeredAt }, initialFrom(reading));
    const ok = await onSave(Object.keys(changes).length > 0 ? changes : null);
    setMessage(ok ? 'Đã lưu cho hồ sơ này trong phiên làm việc.' : 'Chưa lưu được, anh/chị vui lòng thử lại.');
  };
  const clear = async () => {
    const ok = await onSave(null);
    if (ok) setDraft(initialFrom(reading));
    setMessage(ok ? 'Đã xóa phần nhập tay.' : 'Chưa xóa được, anh/chị vui lòng thử lại.');
  };

  return (
    <details className="mctt-manual" open={open}>
      <summary>Sửa hoặc nhập thông tin bằng tay</summary>
      <form data-testid="manual-entry" onSubmit={submit}>
        <label htmlFor={`${id}-kind`}>Loại thủ tục</label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as DossierKind })}
        >
          {(Object.keys(KIND_LABEL) as DossierKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-status`}>Trạng thái</label>
        <select
          id={`${id}-status`}
          name="status"
          value={draft.status ?? 'unknown'}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as DossierStatus })}
        >
          {(Object.keys(STATUS_LABEL) as DossierStatus[]).map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </select>
        {FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind)).map((f) => (
          <div key={f.key} className="mctt-input">
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            {f.type === 'gender' ? (
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
          <button type="submit" className="mctt-primary">
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
