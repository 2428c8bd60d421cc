import { memoise } from './memo';
import { normaliseLabel, phrasePattern } from './text';
import type { DossierKind } from './types';

/** The registrations that make a dossier a birth, marriage or death (its letters and scripts follow). */
const REGISTRATIONS: ReadonlyArray<readonly [DossierKind, string]> = [
  ['birth', 'khai sinh'],
  ['marriage', 'kết hôn'],
  ['death', 'khai tử'],
];

/**
 * Acts that name a registration without being one: a copy or extract of an existing record, a correction, a
 * marital-status certificate, recording an event registered abroad. Same-word procedures, no letter.
 */
const NOT_REGISTRATIONS = [
  'bản sao',
  'trích lục',
  'cấp lại',
  'xác nhận tình trạng hôn nhân',
  'cải chính',
  'thay đổi',
  'bổ sung thông tin',
  'xác định lại',
  'ghi vào sổ',
  'ghi chú',
];

const KIND_PATTERNS = REGISTRATIONS.map(([kind, phrase]) => [kind, phrasePattern([phrase])] as const);
const NOT_A_REGISTRATION = phrasePattern(NOT_REGISTRATIONS);

/**
 * The civil-status kind of a procedure, read from its name. The first act named decides: "Liên thông đăng ký
 * khai tử, xóa đăng ký thường trú…" is a death, "Cấp bản sao trích lục khai sinh" is not a birth.
 */
export const classifyKind = memoise(classify, 500);

function classify(procedureName: string): DossierKind {
  const name = normaliseLabel(procedureName);
  let best: { kind: DossierKind; at: number } | undefined;
  for (const [kind, pattern] of KIND_PATTERNS) {
    const at = name.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  if (!best) return 'other';
  const negation = name.search(NOT_A_REGISTRATION);
  return negation >= 0 && negation < best.at ? 'other' : best.kind;
}
