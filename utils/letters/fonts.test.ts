import { afterEach, describe, expect, it, vi } from 'vitest';
import { subsetFontSource, subsetTinos } from './font-subset';
import { FONT_STYLES, type FontStyle, LETTER_FONT_FILES, loadFont, packagedFontSource, setFontSource } from './fonts';

afterEach(() => {
  setFontSource();
  vi.unstubAllGlobals();
});

describe('loadFont', () => {
  it.each(FONT_STYLES)('gives Tinos %s as a TrueType binary string, subset to a few dozen KB', async (style) => {
    setFontSource(subsetFontSource);
    const font = await loadFont(style);
    expect([...font.slice(0, 4)].map((c) => c.charCodeAt(0))).toEqual([0, 1, 0, 0]);
    expect(font.length).toBe((await subsetTinos(style)).length);
    expect(font.length).toBeGreaterThan(10_000);
    expect(font.length).toBeLessThan(40 * 1024);
  });

  it('loads each style once from the chosen source', async () => {
    const source = vi.fn(subsetFontSource);
    setFontSource(source);
    await Promise.all([loadFont('bold'), loadFont('bold'), loadFont('italic')]);
    await loadFont('bold');
    expect(source.mock.calls).toEqual([['bold'], ['italic']]);
  });

  it('tries again after a failed load', async () => {
    const source = vi.fn(subsetFontSource).mockRejectedValueOnce(new Error('missing file'));
    setFontSource(source);
    await expect(loadFont('regular')).rejects.toThrow('missing file');
    await expect(loadFont('regular')).resolves.toHaveLength((await subsetTinos('regular')).length);
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('asks Node, which has no extension page to fetch from, to choose a source', async () => {
    await expect(loadFont('regular')).rejects.toThrow(/call setFontSource\(subsetFontSource\)/);
  });
});

describe('packagedFontSource', () => {
  const onPrintPage = () => vi.stubGlobal('location', new URL('chrome-extension://abc/print.html#job=1'));

  it.each(Object.entries(LETTER_FONT_FILES) as [FontStyle, string][])(
    'fetches %s from the package, at /%s',
    async (style, file) => {
      onPrintPage();
      const bytes = await subsetTinos(style);
      const fetch = vi.fn(async (_url: URL) => new Response(Buffer.from(bytes)));
      vi.stubGlobal('fetch', fetch);
      expect(Buffer.compare(new Uint8Array(await packagedFontSource(style)), bytes)).toBe(0);
      expect(String(fetch.mock.calls[0]?.[0])).toBe(`chrome-extension://abc/${file}`);
    },
  );

  it('reports a file that cannot be fetched', async () => {
    onPrintPage();
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(packagedFontSource('bold')).rejects.toThrow('Letter fonts: /fonts/tinos-bold.ttf answered 404');
  });
});
