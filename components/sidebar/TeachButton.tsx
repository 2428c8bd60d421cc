import { RECIPE_FIELD_LABEL, type RecipeField, type RecipeScope } from '@/utils/dossier/recipes/types';
import { useSidebar, useSidebarActions } from './store-context';

/** "Chỉ trên trang": starts pointing at this field's value (or this column's cell) on the page. */
export function TeachButton({ scope, field }: { scope: RecipeScope; field: RecipeField }) {
  const { startTeaching } = useSidebarActions();
  const pointingHere = useSidebar(
    (s) => s.teaching?.phase === 'pointing' && s.teaching.scope === scope && s.teaching.field === field,
  );
  const name = scope === 'list' ? `cột ${RECIPE_FIELD_LABEL[field]}` : RECIPE_FIELD_LABEL[field];
  return (
    <button
      type="button"
      className="mctt-teach-button"
      data-testid="teach-button"
      data-scope={scope}
      data-field={field}
      aria-label={`Chỉ trên trang: ${name}`}
      data-pointing={pointingHere || undefined}
      onClick={() => startTeaching(scope, field)}
    >
      Chỉ trên trang
    </button>
  );
}
