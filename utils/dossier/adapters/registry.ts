import type { Adapter } from '../types';
import { civilStatus } from './civil-status';
import { generic } from './generic';
import { igate } from './igate';

/** Most specific first; the generic label reader is the fallback for every other page. */
export const ADAPTERS: readonly Adapter[] = [igate, civilStatus, generic];

/**
 * The adapters that claim a page, most specific first, the generic reader last. Which hosts are read is decided by
 * where the content script runs (the enabled portals), so the generic reader claims any web page: a portal whose
 * URLs no specific adapter knows is still read.
 */
export function adaptersFor(url: string, doc: Document): Adapter[] {
  return ADAPTERS.filter((adapter) => {
    try {
      return adapter.matches(url, doc);
    } catch {
      return false;
    }
  });
}

/** The adapter written for a page: the first that claims its URL. */
export const adapterFor = (url: string, doc: Document): Adapter | undefined => adaptersFor(url, doc)[0];
