import { browser } from '#imports';
import type { BackgroundMessage } from '../messaging/protocol';
import type { SlipOutcome, SlipRequest } from './apology-book';

/**
 * Asks the background to enter apology slips in the book (it numbers them one request at a time, whichever page
 * asks). Throws when the background could not: nothing is printed without its number.
 */
export async function requestApologySlips(requests: SlipRequest[], format: string): Promise<SlipOutcome[]> {
  const message: BackgroundMessage = { type: 'mctt:apology-slips', requests, format };
  const outcomes: unknown = await browser.runtime.sendMessage(message);
  if (!Array.isArray(outcomes) || outcomes.length !== requests.length) {
    throw new Error('The apology book could not enter the slips');
  }
  return outcomes as SlipOutcome[];
}
