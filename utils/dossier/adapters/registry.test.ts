// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../tests/portal/catalog.mjs';
import { PORTAL } from '../../../tests/portal/load-page';
import { ADAPTERS, adapterFor, adaptersFor } from './registry';

const doc = new DOMParser().parseFromString('', 'text/html');

describe('URL detectors', () => {
  it('the generic reader comes last', () => expect(ADAPTERS.at(-1)?.id).toBe('generic'));

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s claims its own example URLs', (id, adapter) => {
    for (const url of adapter.exampleUrls) {
      expect(adapter.matches(url, doc), url).toBe(true);
      expect(adapterFor(url, doc)?.id, url).toBe(id);
    }
  });

  // The generic reader is the fallback for every page, so only the specific detectors can be negatives.
  it.each(ADAPTERS.filter((a) => a.id !== 'generic').map((a) => [a.id, a] as const))(
    '%s rejects every other adapter’s example URLs',
    (id, adapter) => {
      const others = ADAPTERS.filter((a) => a.id !== id).flatMap((a) => a.exampleUrls);
      for (const url of others) expect(adapter.matches(url, doc), url).toBe(false);
    },
  );

  // Which hosts are read is decided by where the content script runs (gov.vn, the demo portal, portals a team lead
  // added): the reader itself reads any web page it is given.
  it.each([
    ['https://motcua.tinh-mau.vn/ho-so/1'],
    ['https://gov.vn.example.com/ho-so'],
    ['http://10.0.0.5:8080/hotich-like/page'],
  ])('only the generic reader for %j', (url) => expect(adaptersFor(url, doc).map((a) => a.id)).toEqual(['generic']));

  it.each([['not a url'], [''], ['chrome-extension://abc/options.html'], ['file:///tmp/ho-so.html']])(
    'no adapter for %j',
    (url) => expect(adapterFor(url, doc)).toBeUndefined(),
  );

  it('a specific adapter’s URL is also the generic reader’s, after it', () => {
    expect(adaptersFor('https://motcua.angiang.gov.vn/vi/dossier/processing/1', doc).map((a) => a.id)).toEqual([
      'igate',
      'generic',
    ]);
  });

  it.each(CATALOG.filter((p) => p.adapter))('the demo portal’s $path goes to $adapter', (page) => {
    expect(adapterFor(PORTAL + page.path, doc)?.id).toBe(page.adapter);
  });
});
