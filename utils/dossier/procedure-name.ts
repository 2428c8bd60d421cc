/** A procedure's name as pages write it: recognised without a label, and written in sentence case. */
import { memoise } from './memo';
import { cleanValue, normaliseLabel } from './text';

/**
 * How administrative procedures' names begin (the national procedure database names each by what the office does:
 * "Đăng ký khai sinh", "Cấp bản sao trích lục hộ tịch", "Xác nhận tình trạng hôn nhân", "Chứng thực chữ ký…").
 * A page that prints its procedure with no label (OpenCPS's header bar, a receipt's subtitle, an uppercase
 * heading) is read by these openings.
 */
const OPENINGS = [
  'Đăng ký',
  'Cấp',
  'Xác nhận',
  'Liên thông',
  'Chứng thực',
  'Thay đổi',
  'Cải chính',
  'Bổ sung',
  'Ghi vào sổ',
  'Ghi chú',
  'Trích lục',
  'Công nhận',
  'Xác định lại',
  'Giải quyết',
  'Thủ tục',
];
// The opening and at least two words of what it is about ("Đăng ký khai sinh", never a button's "Đăng ký mới").
const OPENING = new RegExp(`^(?:${OPENINGS.map(normaliseLabel).join('|')})(?: \\S+){2}`);
const MAX_LENGTH = 250;
// The openings' first words: every short text of a page is asked, so most are turned away by their first word alone.
const FIRST_WORDS = new Set(OPENINGS.map((opening) => normaliseLabel(opening).split(' ')[0]));
const FIRST_WORD = /^\s*([^\s\d:：,.]{1,8})\s/;
// Names and statuses repeat their first words ("Nguyễn", "Đang") down a list: each is normalised once.
const wordKey = memoise(normaliseLabel, 1_000);

/**
 * Text that reads as a procedure's name on a line of its own: a known opening and a few words after it, no colon
 * (a label) and no leading number (an item of the dossier's documents: "1. Tờ khai đăng ký khai sinh").
 */
export function looksLikeProcedure(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[1];
  if (!first || !FIRST_WORDS.has(wordKey(first))) return false;
  const line = cleanValue(text, MAX_LENGTH + 1);
  if (!line || line.length > MAX_LENGTH || /[:：]$/.test(line) || /^\d/.test(line)) return false;
  return OPENING.test(normaliseLabel(line));
}

// A title's words before the procedure it is about: "Danh sách hồ sơ đăng ký khai sinh", "Sổ theo dõi hồ sơ …",
// "Chi tiết hồ sơ cấp bản sao trích lục", "Hồ sơ đăng ký kết hôn".
const HEADING =
  /^(?:(?:danh sach|so theo doi|chi tiet|thong tin|xem|sua|cap nhat)(?: (?:cac )?ho so)?|ho so)(?: (?:can xu ly|cho xu ly))? /;

/** The procedure a title names, alone or after "Danh sách hồ sơ", "Chi tiết hồ sơ"…; undefined when it names none. */
export function procedureOfTitle(text: string): string | undefined {
  const line = cleanValue(text, MAX_LENGTH + 1);
  if (looksLikeProcedure(line)) return line;
  const heading = HEADING.exec(normaliseLabel(line));
  if (!heading) return undefined;
  // Normalising keeps the words, so the heading's words are dropped from the text as written.
  const rest = line.split(' ').slice(heading[0].trim().split(' ').length).join(' ');
  return looksLikeProcedure(rest) ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : undefined;
}

// Acronyms and proper names an uppercase heading keeps as they are written in running text. Built on first use:
// few pages have an uppercase heading, and Unicode-class patterns are slow to build on every page's start.
let keptWordPatterns: (readonly [RegExp, string])[] | undefined;
const keptWords = () =>
  (keptWordPatterns ??= ['UBND', 'HĐND', 'CCCD', 'CMND', 'TTHC', 'BHYT', 'Việt Nam'].map(
    (word) => [new RegExp(`(?<![\\p{L}\\p{N}])${word.toLocaleLowerCase('vi')}(?![\\p{L}\\p{N}])`, 'gu'), word] as const,
  ));

function sentence(name: string): string {
  const lower = name.toLocaleLowerCase('vi');
  let text = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  for (const [pattern, word] of keptWords()) text = text.replace(pattern, word);
  return text;
}

/**
 * A procedure's name in sentence case when a page shows it in capitals ("ĐĂNG KÝ KHAI SINH" in a heading is
 * "Đăng ký khai sinh", as letters and the sidebar write it); a name already in mixed case is kept as shown.
 */
export const sentenceCase = memoise((name: string): string => {
  const hasUpper = name !== name.toLocaleLowerCase('vi');
  const hasLower = name !== name.toLocaleUpperCase('vi');
  return hasUpper && !hasLower ? sentence(name) : name;
}, 500);
