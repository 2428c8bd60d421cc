import type { Adapter } from '../types';
import { civilStatus } from './civil-status';
import { generic } from './generic';
import { igate } from './igate';

/** Most specific first; the generic label reader is the fallback for every other gov.vn page. */
export const ADAPTERS: readonly Adapter[] = [igate, civilStatus, generic];

/**
 * The adapter for a page: the first that claims its URL. A page a specific adapter claims is read by it alone, so
 * the generic reader never scans a big known page (a list) a second time.
 */
export function adapterFor(url: string, doc: Document): Adapter | undefined {
  return ADAPTERS.find((adapter) => {
    try {
      return adapter.matches(url, doc);
    } catch {
      return false;
    }
  });
}
