/** What the print page was opened for, from its address (`#job=…` or `#thank-you`). */
export type PrintRoute = { page: 'job'; jobId: string } | { page: 'thank-you' } | { page: 'unknown' };

export function printRoute(hash: string): PrintRoute {
  const value = hash.replace(/^#/, '');
  if (value === 'thank-you') return { page: 'thank-you' };
  const job = /^job=([\w-]+)$/.exec(value)?.[1];
  return job ? { page: 'job', jobId: job } : { page: 'unknown' };
}
