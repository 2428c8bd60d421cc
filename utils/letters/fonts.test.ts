import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledFontSource } from './bundled-fonts';
import { FONT_STYLES, type FontStyle, loadFont, setFontSource, TINOS_FILES } from './fonts';

const fileOf = (style: FontStyle) => readFileSync(createRequire(import.meta.url).resolve(TINOS_FILES[style]));

afterEach(() => {
  setFontSource();
  vi.unstubAllGlobals();
});

describe('loadFont', () => {
  it.each(FONT_STYLES)('reads Tinos %s from the package in Node, as a TrueType binary string', async (style) => {
    const font = await loadFont(style);
    expect([...font.slice(0, 4)].map((c) => c.charCodeAt(0))).toEqual([0, 1, 0, 0]);
    // Trimmed (no glyph names, no layout tables, Latin-script outlines only), still a whole font.
    expect(font.length).toBeLessThan(fileOf(style).length / 2);
    expect(font.length).toBeGreaterThan(100_000);
  });

  it('loads each style once from the chosen source', async () => {
    const source = vi.fn(async (style: FontStyle) => fileOf(style));
    setFontSource(source);
    await Promise.all([loadFont('bold'), loadFont('bold'), loadFont('italic')]);
    await loadFont('bold');
    expect(source.mock.calls).toEqual([['bold'], ['italic']]);
  });

  it('tries again after a failed load', async () => {
    const source = vi.fn(async (style: FontStyle) => fileOf(style)).mockRejectedValueOnce(new Error('offline'));
    setFontSource(source);
    await expect(loadFont('regular')).rejects.toThrow('offline');
    await expect(loadFont('regular')).resolves.toHaveLength((await loadFont('regular')).length);
    expect(source).toHaveBeenCalledTimes(2);
  });
});

describe('bundledFontSource', () => {
  it.each([
    ['regular', 'Tinos_400Regular.ttf'],
    ['bold', 'Tinos_700Bold.ttf'],
    ['italic', 'Tinos_400Regular_Italic.ttf'],
    ['bold-italic', 'Tinos_700Bold_Italic.ttf'],
  ] as const)('fetches %s from the bundled asset %s', async (style, file) => {
    const fetch = vi.fn(async (_url: string) => new Response(new Uint8Array(fileOf(style))));
    vi.stubGlobal('fetch', fetch);
    const bytes = new Uint8Array(await bundledFontSource(style));
    expect(fetch.mock.calls[0]?.[0]).toMatch(new RegExp(`/${file}$`));
    expect(bytes.length).toBe(fileOf(style).length);
  });

  it('reports an asset that cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(bundledFontSource('bold')).rejects.toThrow(/Tinos_700Bold\.ttf answered 404/);
  });
});
