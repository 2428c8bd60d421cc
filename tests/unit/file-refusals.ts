import { expect, it, vi } from 'vitest';

/** A kind of file a team lead hands over, through its parser. */
export interface FileKind {
  /** The errors the parser gives for a text it refuses (and a failed test for one it reads). */
  errorsOf: (text: string) => string[];
  /** Words that say a JSON value is not this kind of file. */
  notThisKind: RegExp;
  /** Another app's file of no version, and the words that say its app (and format) are wrong. */
  anotherApp: { text: string; words: RegExp };
  /** A good file of this kind, stating `version`. */
  withVersion: (version: number) => string;
  /** The newest version this extension reads. */
  newest: number;
  /** A file over the size allowed: a good one padded with that many megabytes, and the size check on its own. */
  tooLarge: { megabytes: number; padded: (padding: string) => string; sizeError: (bytes: number) => string | null };
}

/**
 * The refusals every such file shares (settings/json-guard.ts `fileChecks`), as tests in the calling `describe`:
 * a text that is not one JSON object, another app's file, a file from a newer extension and one too large to read.
 */
export function itRefusesUnreadableFiles({
  errorsOf,
  notThisKind,
  anotherApp,
  withVersion,
  newest,
  tooLarge,
}: FileKind) {
  it.each([
    ['{ "app": ', /không phải JSON hợp lệ/],
    ['', /không phải JSON hợp lệ/],
    ['[1, 2]', notThisKind],
    ['null', notThisKind],
    ['"chuỗi"', notThisKind],
  ])('refuses bad JSON %j', (text, message) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuses another app’s file and a missing version together', () => {
    expect(errorsOf(anotherApp.text)).toEqual([
      expect.stringMatching(anotherApp.words),
      expect.stringMatching(/“version”/),
    ]);
  });

  it('refuses a file from a newer extension with a clear word', () => {
    const errors = errorsOf(withVersion(newest + 1));
    expect(errors).toEqual([expect.stringContaining(`phiên bản ${newest + 1}`)]);
    expect(errors[0]).toMatch(/cập nhật tiện ích/);
  });

  it(`refuses a ${tooLarge.megabytes} MB file before parsing it`, () => {
    const bytes = tooLarge.megabytes * 1024 * 1024;
    const text = tooLarge.padded('x'.repeat(bytes));
    const parse = vi.spyOn(JSON, 'parse');
    const errors = errorsOf(text);
    expect(errors).toEqual([expect.stringContaining(`quá lớn (${tooLarge.megabytes}.0 MB)`)]);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(tooLarge.sizeError(bytes)).toMatch(/quá lớn/);
    expect(tooLarge.sizeError(20_000)).toBeNull();
  });
}
