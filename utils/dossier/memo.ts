/**
 * Remembers a string function's answers. List pages repeat a handful of procedure names and statuses hundreds of
 * times; the cache is dropped when full so a long session never grows it without bound.
 */
export function memoise<T>(fn: (text: string) => T, limit: number): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
