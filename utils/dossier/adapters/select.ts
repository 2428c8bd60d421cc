import { hiddenWithin } from '../visibility';

/** First element matching any selector of a fallback list, in order of preference. */
export function selectFirst<T extends Element = Element>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Every element matching `selector` that its markup does not hide: a collapsed panel or a hidden tab keeps a copy of
 * a list that is not the one shown.
 */
export const selectShown = (root: ParentNode, selector: string): Element[] =>
  Array.from(root.querySelectorAll(selector)).filter((el) => !hiddenWithin(el));

/** First element matching any selector of a fallback list that its markup does not hide, in order of preference. */
export function selectFirstShown(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const [shown] = selectShown(root, selector);
    if (shown) return shown;
  }
  return undefined;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

export const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

export const protocolOf = (url: string): string => {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
};
