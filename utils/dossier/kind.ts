import { memoise } from './memo';
import { stripDiacritics } from './text';
import type { DossierKind } from './types';

// Copies and extracts of an existing record are not a new registration: no letter goes with them.
const NOT_A_REGISTRATION =
  /\b(ban sao|trich luc|xac nhan tinh trang hon nhan|cai chinh|thay doi, cai chinh|bo sung thong tin)\b/;

const KIND_PATTERNS: Array<[DossierKind, RegExp]> = [
  ['birth', /\bkhai sinh\b/],
  ['marriage', /\bket hon\b/],
  ['death', /\bkhai tu\b/],
];

/** The civil-status kind of a procedure, read from its name (combined "liên thông" procedures included). */
export const classifyKind = memoise(classify, 500);

function classify(procedureName: string): DossierKind {
  const name = stripDiacritics(procedureName.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
  if (NOT_A_REGISTRATION.test(name)) return 'other';
  // The first registration named is the main one: "đăng ký khai tử, xóa đăng ký thường trú…" is a death.
  let best: { kind: DossierKind; at: number } | undefined;
  for (const [kind, pattern] of KIND_PATTERNS) {
    const at = name.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? 'other';
}
