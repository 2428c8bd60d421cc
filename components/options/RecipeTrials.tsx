import { useState } from 'react';
import { RECIPE_FIELD_LABEL, type Recipe } from '@/utils/dossier/recipes/types';
import { type RecipeTrialAnswer, sendMessage } from '@/utils/messaging/protocol';

function TrialResult({ answer }: { answer: RecipeTrialAnswer }) {
  if (!answer.ok)
    return (
      <p role="alert" className="opt-error-text">
        {answer.error}
      </p>
    );
  const { url, sameHost, fields, columns } = answer.trial;
  return (
    <div role="status">
      <p>
        Đã thử trên trang <code>{url}</code>
        {sameHost ? '.' : ' (không phải cổng này: cách đọc chỉ dùng trên đúng cổng đã dạy).'}
      </p>
      <ul>
        {fields.map(({ field, value }) => (
          <li key={field} data-field={field} data-found={value !== undefined}>
            {RECIPE_FIELD_LABEL[field]}: {value === undefined ? 'không khớp trang này' : <strong>{value}</strong>}
          </li>
        ))}
        {columns.map(({ field, rows, first }) => (
          <li key={`column-${field}`} data-column={field} data-rows={rows}>
            Cột {RECIPE_FIELD_LABEL[field]}:{' '}
            {rows === 0 ? (
              'không khớp trang này'
            ) : (
              <>
                đọc được ở {rows} dòng, dòng đầu <strong>{first}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Thử trên trang đang mở": the background finds an open tab of the recipe's portal and its content script reads the
 * page with the recipe. What it read is shown here and kept nowhere.
 */
export function RecipeTrials({ recipes }: { recipes: Recipe[] }) {
  const [answers, setAnswers] = useState<Record<string, RecipeTrialAnswer | 'waiting'>>({});
  if (recipes.length === 0) return null;
  const run = async (recipe: Recipe) => {
    setAnswers((a) => ({ ...a, [recipe.host]: 'waiting' }));
    const answer = await sendMessage('tryRecipeInOpenTab', recipe).catch(() => undefined);
    setAnswers((a) => ({
      ...a,
      [recipe.host]: answer ?? { ok: false, error: 'Chưa thử được, anh/chị vui lòng thử lại.' },
    }));
  };
  return (
    <div className="opt-recipe-trials">
      <h3>Thử trên trang đang mở</h3>
      <p className="opt-hint">
        Mở một trang của cổng trong thẻ khác, rồi bấm thử: trợ lý đọc trang đó bằng cách đã dạy và cho biết đọc được gì.
      </p>
      <ul>
        {recipes.map((recipe) => {
          const answer = answers[recipe.host];
          return (
            <li key={recipe.host} data-testid="recipe-trial" data-host={recipe.host}>
              Cổng {recipe.host}{' '}
              <button type="button" onClick={() => void run(recipe)} disabled={answer === 'waiting'}>
                Thử trên trang đang mở
              </button>
              {answer && answer !== 'waiting' && <TrialResult answer={answer} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
