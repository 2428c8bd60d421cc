import type { IssuedApology } from '../letters/types';
import { sendMessage } from '../messaging/protocol';
import type { SlipRequest } from '../register/apology-book';
import type { Settings } from '../settings/schema';
import type { LetterOrder } from './print-job';

export type IssuedJob = { ok: true; orders: LetterOrder[] } | { ok: false; refused: IssuedApology[] };

/**
 * Enters the job's apology slips in the register before they are drawn: each gets its number in the year's series,
 * and prints the reason and new date the register keeps (set only once). A dossier that already has a slip from
 * another request is refused, and then nothing of the job is entered. `jobId` keeps a reload from numbering again.
 */
export async function issueSlips(
  orders: readonly LetterOrder[],
  jobId: string,
  settings: Settings,
): Promise<IssuedJob> {
  const asked: Array<{ index: number; request: SlipRequest }> = [];
  orders.forEach((order, index) => {
    if (order.kind !== 'apology' || !order.dossier) return;
    asked.push({
      index,
      request: {
        request: `${jobId}-${index}`,
        dossierCode: order.dossier.code,
        reason: order.options?.reason ?? '',
        newReturnDate: order.options?.newReturnDate ?? '',
        reprint: order.options?.number,
      },
    });
  });
  if (asked.length === 0) return { ok: true, orders: [...orders] };
  // Numbered by the background, one request at a time whichever page asks: two pages never share a number.
  const outcomes = await sendMessage('numberApologySlips', {
    requests: asked.map((a) => a.request),
    format: settings.letters.apologyNumberFormat,
  });
  const refused = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.existing]));
  if (refused.length > 0) return { ok: false, refused };
  const numbered = [...orders];
  asked.forEach(({ index }, i) => {
    const outcome = outcomes[i];
    const order = orders[index];
    if (!outcome?.ok || !order) return;
    const { number, reason, newReturnDate } = outcome.slip;
    numbered[index] = { ...order, options: { ...order.options, number, reason, newReturnDate } };
  });
  return { ok: true, orders: numbered };
}
