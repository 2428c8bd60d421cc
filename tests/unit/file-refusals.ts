import { expect, it } from 'vitest';

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
}

/**
 * The refusals every such file shares (settings/json-guard.ts `fileChecks`), as tests in the calling `describe`:
 * a text that is not one JSON object, another app's file, and a file from a newer extension.
 */
export function itRefusesUnreadableFiles({ errorsOf, notThisKind, anotherApp, withVersion, newest }: FileKind) {
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
}
