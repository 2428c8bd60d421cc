import { useId } from 'react';
import { RECIPE_FIELD_LABEL, type RecipeField } from '@/utils/dossier/recipes/types';
import { useSidebar } from './store-context';
import { TeachButton } from './TeachButton';

/** What a dossier page needs to be recognised and followed: its code, then its due date and applicant. */
const DOSSIER_FIELDS: RecipeField[] = ['code', 'dueAt', 'applicantName'];
/** A list needs its code column (it finds the rows) and its due column (it flags them). */
const LIST_FIELDS: RecipeField[] = ['code', 'dueAt'];

/** The columns of a list to teach, each with its "Chỉ trên trang" button. */
function ColumnList({ fields }: { fields: readonly RecipeField[] }) {
  return (
    <ul className="mctt-teach-list">
      {fields.map((field) => (
        <li key={field} data-field={field}>
          <span>Cột {RECIPE_FIELD_LABEL[field]}</span>
          <TeachButton scope="list" field={field} />
        </li>
      ))}
    </ul>
  );
}

/** On a page the built-in readers cannot read: teach the fields one by one, by pointing at them. */
export function TeachStart() {
  const id = useId();
  const found = useSidebar((s) => s.reading.taught?.found);
  return (
    <section className="mctt-teach-start" aria-labelledby={`${id}-title`} data-testid="teach-start">
      <h3 id={`${id}-title`} className="mctt-section-title">
        Dạy trợ lý đọc trang này
      </h3>
      <p>
        Nếu đây là trang hồ sơ, anh/chị bấm “Chỉ trên trang” rồi bấm vào giá trị trên trang. Trợ lý chỉ nhớ cách tìm
        (nhãn bên cạnh, thuộc tính ổn định) cho cổng <strong>{location.hostname}</strong>, không ghi thông tin của công
        dân.
      </p>
      <h4 className="mctt-teach-group">Trang một hồ sơ</h4>
      <ul className="mctt-teach-list">
        {DOSSIER_FIELDS.map((field) => (
          <li key={field} data-field={field}>
            <span>
              {RECIPE_FIELD_LABEL[field]}
              {found?.[field] && (
                <small className="mctt-taught" data-testid="taught-value">
                  {' '}
                  — đã dạy: {found[field]}
                </small>
              )}
            </span>
            <TeachButton scope="dossier" field={field} />
          </li>
        ))}
      </ul>
      {!found?.code && <p className="mctt-reminder">Trợ lý nhận ra hồ sơ khi đã biết đọc mã hồ sơ.</p>}
      <h4 className="mctt-teach-group">Trang danh sách hồ sơ</h4>
      <ColumnList fields={LIST_FIELDS} />
    </section>
  );
}

/** On a list the sidebar reads: re-teach a column read wrongly, or teach one it does not read. */
export function TeachColumns() {
  return (
    <details className="mctt-teach-columns" data-testid="teach-columns">
      <summary>Cột đọc chưa đúng? Dạy lại cột</summary>
      <ColumnList fields={['code', 'dueAt', 'applicantName', 'status']} />
    </details>
  );
}
