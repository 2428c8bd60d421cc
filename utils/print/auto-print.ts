import type { PrintJob } from './print-job';

interface BrowserFacts {
  webdriver?: boolean;
  userAgent: string;
}

/**
 * Headless Chromium has no print dialog, and its PDF viewer takes the whole page down when asked to print (measured:
 * "Page crashed" as soon as the preview frame's print() runs). No person ever uses it.
 */
export const hasPrintDialog = (browser: BrowserFacts): boolean => !/\bHeadlessChrome\//.test(browser.userAgent);

/**
 * The print dialog opens by itself only when a person asked for the letters: the job came from a trusted click in
 * the sidebar, and no automation drives the browser (`navigator.webdriver`: e2e tests, the demo), where a print
 * dialog has no one to answer it. Otherwise the officer presses "In thư".
 */
export function shouldAutoPrint(job: PrintJob, browser: BrowserFacts): boolean {
  return job.byPerson === true && browser.webdriver !== true && hasPrintDialog(browser);
}
