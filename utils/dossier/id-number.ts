// A cell may name the paper before its number ("CCCD 089178006642", "Hộ chiếu: B1234567"); letters print the number.
const PAPER_NAME =
  /^(?:số\s+)?(?:CCCD|CMND|CMT|CC|căn cước(?:\s+công dân)?|chứng minh nhân dân|hộ chiếu|(?:số\s+)?định danh(?:\s+cá nhân)?)(?:\s*\/\s*(?:CCCD|CMND))?\s*(?:số\s*)?[:.\-–]?\s*/iu;

/** The identity paper's number as shown, without the paper's name in front of it. */
export function idNumberOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const number = value.trim().replace(PAPER_NAME, '').trim();
  return number || value.trim() || undefined;
}
