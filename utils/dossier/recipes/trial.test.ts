// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadPage, PORTAL } from '../../../tests/portal/load-page';
import { answerRecipeTrial } from '../../messaging/recipe-trial';
import type { Recipe } from './types';

const recipe: Recipe = {
  host: '127.0.0.1',
  fields: { code: { label: 'Số tiếp nhận' }, dueAt: { label: 'Hẹn trả ngày' } },
  columns: { code: { header: 'Số tiếp nhận' }, dueAt: { selector: 'td.c-hen' } },
};

describe('“Thử trên trang đang mở”', () => {
  it('on a dossier page: each field’s value, and columns that find no rows', () => {
    const answer = answerRecipeTrial(recipe, loadPage('unusual-receipt.html'), `${PORTAL}/motcua/ho-so/xem/7781`);
    expect(answer).toEqual({
      ok: true,
      trial: {
        url: `${PORTAL}/motcua/ho-so/xem/7781`,
        sameHost: true,
        fields: [
          { field: 'code', value: '09.H44.261124.00108' },
          { field: 'dueAt', value: '26/11/2026' },
        ],
        columns: [
          { field: 'code', rows: 0, first: undefined },
          { field: 'dueAt', rows: 0, first: undefined },
        ],
      },
    });
  });

  it('on a list: each column alone, with its row count', () => {
    const answer = answerRecipeTrial(
      recipe,
      loadPage('unusual-register.html'),
      'http://motcua.khac.gov.vn/so-theo-doi',
    );
    expect(answer.ok && answer.trial.columns).toEqual([
      { field: 'code', rows: 8, first: '09.H44.261119.00101' },
      { field: 'dueAt', rows: 8, first: '22/11/2026' },
    ]);
    expect(answer.ok && answer.trial.sameHost).toBe(false);
  });

  it('a recipe from a message is checked like an imported one', () => {
    const bad = { ...recipe, fields: { code: { selector: 'tr:nth-child(2) td' } } };
    const answer = answerRecipeTrial(bad, loadPage('unusual-receipt.html'), `${PORTAL}/x`);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('là đường dẫn theo vị trí') });
  });
});
