import { RECIPE_FIELD_LABEL } from '@/utils/dossier/recipes/types';
import { useSidebar } from './store-context';

/** Says which taught fields (or list columns) found nothing on this page, so the built-in reading stands for them. */
export function TaughtNotice({ columns = false }: { columns?: boolean }) {
  const stale = useSidebar((s) => (columns ? s.reading.taught?.staleColumns : s.reading.taught?.stale));
  if (!stale || stale.length === 0) return null;
  return (
    <div className="mctt-notice" role="status" data-testid="taught-stale">
      <ul>
        {stale.map((field) => (
          <li key={field} data-field={field}>
            Cách đọc đã dạy cho {columns ? 'cột' : 'trường'} {RECIPE_FIELD_LABEL[field]} không còn khớp trang này: đang
            dùng cách đọc sẵn có.
          </li>
        ))}
      </ul>
      <p>Nếu cổng đã đổi giao diện, anh/chị bấm “Chỉ trên trang” để dạy lại.</p>
    </div>
  );
}
