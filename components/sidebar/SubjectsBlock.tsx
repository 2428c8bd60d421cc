import type { Dossier } from '@/utils/dossier/types';
import { displayDate } from '@/utils/format/display-date';
import { FieldRow } from './FieldRow';

/** The people the record is about: the child, the couple, or the deceased. */
export function SubjectsBlock({ dossier }: { dossier: Dossier }) {
  const { child, spouses, deceased, applicant } = dossier;
  const contacts = [applicant.phone, applicant.email].filter(Boolean).join(' · ');
  if (!child && !spouses?.length && !deceased && !contacts) return null;
  return (
    <dl className="mctt-fields mctt-subjects" data-testid="dossier-subjects">
      {child && (
        <FieldRow label="Trẻ được khai sinh" testId="subject-child">
          {child.name}
          {child.birthDate && `, sinh ${displayDate(child.birthDate)}`}
        </FieldRow>
      )}
      {spouses && spouses.length > 0 && (
        <FieldRow label="Bên nam, bên nữ" testId="subject-spouses">
          {spouses.map((s) => s.name).join(' và ')}
        </FieldRow>
      )}
      {deceased && (
        <FieldRow label="Người đã mất" testId="subject-deceased">
          {deceased.name}
          {deceased.deathDate && `, mất ${displayDate(deceased.deathDate)}`}
        </FieldRow>
      )}
      {contacts && (
        <FieldRow label="Liên hệ" testId="applicant-contacts">
          {contacts}
        </FieldRow>
      )}
    </dl>
  );
}
