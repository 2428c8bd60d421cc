import { describe, expect, it } from 'vitest';
import { hasPrintDialog, shouldAutoPrint } from './auto-print';
import type { PrintJob } from './print-job';

const job = (byPerson?: boolean): PrintJob => ({ letters: [{ kind: 'thank-you', dossier: null }], byPerson });
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
const HEADLESS = CHROME.replace('Chrome/', 'HeadlessChrome/');

describe('shouldAutoPrint', () => {
  it.each([
    ['a person clicked, in a person’s browser', job(true), false, CHROME, true],
    ['a person clicked, in an automated browser', job(true), true, CHROME, false],
    ['a click in headless Chromium', job(true), false, HEADLESS, false],
    ['a page script clicked', job(false), false, CHROME, false],
    ['an older sidebar, which did not say', job(), false, CHROME, false],
  ])('%s → %s', (_, printJob, webdriver, userAgent, expected) => {
    expect(shouldAutoPrint(printJob, { webdriver, userAgent })).toBe(expected);
  });

  it('knows headless Chromium has no print dialog', () => {
    expect(hasPrintDialog({ userAgent: CHROME })).toBe(true);
    expect(hasPrintDialog({ userAgent: HEADLESS })).toBe(false);
  });
});
