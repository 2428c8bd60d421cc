// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../tests/portal/catalog.mjs';
import { PORTAL } from '../../../tests/portal/load-page';
import { ADAPTERS, adapterFor } from './registry';

const doc = new DOMParser().parseFromString('', 'text/html');

describe('URL detectors', () => {
  it('the generic reader comes last', () => expect(ADAPTERS.at(-1)?.id).toBe('generic'));

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s claims its own example URLs', (id, adapter) => {
    for (const url of adapter.exampleUrls) {
      expect(adapter.matches(url, doc), url).toBe(true);
      expect(adapterFor(url, doc)?.id, url).toBe(id);
    }
  });

  // The generic reader is the fallback for every gov.vn page, so only the specific detectors can be negatives.
  it.each(ADAPTERS.filter((a) => a.id !== 'generic').map((a) => [a.id, a] as const))(
    '%s rejects every other adapter’s example URLs',
    (id, adapter) => {
      const others = ADAPTERS.filter((a) => a.id !== id).flatMap((a) => a.exampleUrls);
      for (const url of others) expect(adapter.matches(url, doc), url).toBe(false);
    },
  );

  it.each([
    ['https://example.com/ho-so/1'],
    ['https://gov.vn.example.com/ho-so'],
    ['https://example.com/hotich-like/page'],
    ['not a url'],
    [''],
  ])('no adapter for %j', (url) => expect(adapterFor(url, doc)).toBeUndefined());

  it.each(CATALOG.filter((p) => p.adapter))('the demo portal’s $path goes to $adapter', (page) => {
    expect(adapterFor(PORTAL + page.path, doc)?.id).toBe(page.adapter);
  });
});
