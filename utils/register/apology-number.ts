/** The apology slip's number line: the slip's number in the year's series, in the commune's format. */

/** Where the number goes in the format a team lead sets ("{số}/PXL-UBND" → "12/PXL-UBND"). */
export const NUMBER_TOKEN = '{số}';
/** Where the year goes, for a commune that writes it ("{số}/{năm}/PXL"). */
export const YEAR_TOKEN = '{năm}';

/** "12/PXL-UBND": numbers are counted from 1 each year and written as they are (Decree 30's Arabic numerals). */
export function formatApologyNumber(format: string, serial: number, year: number): string {
  return format.normalize('NFC').replaceAll(NUMBER_TOKEN, String(serial)).replaceAll(YEAR_TOKEN, String(year)).trim();
}
