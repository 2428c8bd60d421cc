import { useId } from 'react';
import { forgetField, forgetHost } from '@/utils/dossier/recipes/edit';
import { describeLocator } from '@/utils/dossier/recipes/taught-values';
import {
  type ColumnLocator,
  type FieldLocator,
  RECIPE_FIELD_LABEL,
  RECIPE_FIELDS,
  type Recipe,
  type RecipeField,
  type RecipeScope,
} from '@/utils/dossier/recipes/types';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { ManagedSection } from './ManagedSection';
import { RecipeTrials } from './RecipeTrials';

function TaughtWays({
  recipe,
  scope,
  onForget,
}: {
  recipe: Recipe;
  scope: RecipeScope;
  onForget: (scope: RecipeScope, field: RecipeField) => void;
}) {
  const map = scope === 'dossier' ? recipe.fields : recipe.columns;
  const taught = RECIPE_FIELDS.filter((f) => map[f]);
  if (taught.length === 0) return null;
  return (
    <>
      <h4>{scope === 'dossier' ? 'Trang một hồ sơ' : 'Trang danh sách hồ sơ'}</h4>
      <ul>
        {taught.map((field) => {
          const name = scope === 'dossier' ? RECIPE_FIELD_LABEL[field] : `cột ${RECIPE_FIELD_LABEL[field]}`;
          return (
            <li key={field} data-scope={scope} data-field={field}>
              <strong>{name}</strong>: {describeLocator(map[field] as FieldLocator | ColumnLocator)}{' '}
              <button
                type="button"
                aria-label={`Bỏ cách đọc ${name} của cổng ${recipe.host}`}
                onClick={() => onForget(scope, field)}
              >
                Bỏ
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * The recipes officers taught by pointing in the sidebar: listed per portal, deleted here, tried on an open tab.
 * They are settings like any other: exported in the settings file, set and locked by an office policy.
 */
export function RecipesPanel({ state, onSave }: { state: SettingsState; onSave: (s: Settings) => void }) {
  const id = useId();
  const settings = state.effective;
  const recipes = settings.recipes;
  const save = (next: Recipe[]) => onSave({ ...settings, recipes: next });
  return (
    <section aria-labelledby={`${id}-title`} data-testid="recipes">
      <h2 id={`${id}-title`}>Cách đọc cổng đã dạy</h2>
      <p className="opt-hint">
        Trên trang mà trợ lý chưa đọc được, cán bộ bấm “Chỉ trên trang” ở thanh bên rồi bấm vào giá trị để dạy. Mỗi cách
        đọc chỉ ghi nhãn hoặc thuộc tính ổn định để tìm lại giá trị, không ghi thông tin của công dân; nó đi cùng tệp
        cài đặt và chính sách quản lý.
      </p>
      <ManagedSection section="recipes" policy={state.policy}>
        {recipes.length === 0 ? (
          <p className="opt-hint">Chưa dạy cổng nào.</p>
        ) : (
          recipes.map((recipe) => (
            <article key={recipe.host} className="opt-recipe" data-host={recipe.host}>
              <h3>Cổng {recipe.host}</h3>
              {(['dossier', 'list'] as const).map((scope) => (
                <TaughtWays
                  key={scope}
                  recipe={recipe}
                  scope={scope}
                  onForget={(s, field) => save(forgetField(recipes, recipe.host, s, field))}
                />
              ))}
              <div className="opt-actions">
                <button type="button" onClick={() => save(forgetHost(recipes, recipe.host))}>
                  Xóa cách đọc cổng {recipe.host}
                </button>
              </div>
            </article>
          ))
        )}
      </ManagedSection>
      <RecipeTrials recipes={recipes} />
    </section>
  );
}
