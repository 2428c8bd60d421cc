import type { ReportCell } from './report-table';
import { zipStore } from './zip-store';

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A, B, … Z, AA, AB…: a commune with many desks has more than 26 columns. */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cell(value: ReportCell, ref: string): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value.normalize('NFC'))}</t></is></c>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly ReportCell[])[];
  /** Column widths in characters, first column first; the rest keep Excel's default. */
  widths?: readonly number[];
}

/**
 * Names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, and no two alike (Excel compares
 * them without case). A clash gets " (2)", " (3)"…
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base =
      raw
        .normalize('NFC')
        .replace(/[:\\/?*[\]]/g, '-')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || 'Trang';
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++)
      name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

function worksheet(sheet: XlsxSheet): string {
  const rows = sheet.rows
    .map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cell(value, `${column(c)}${r + 1}`)).join('')}</row>`)
    .join('');
  const cols = (sheet.widths ?? [])
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  return `${XML}<worksheet xmlns="${MAIN}">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

/** Several sheets as one .xlsx file (Office Open XML), in the order given. */
export function xlsxWorkbook(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('A workbook needs a sheet');
  const names = sheetNames(sheets.map((s) => s.name));
  const numbers = sheets.map((_, i) => i + 1);
  const files: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${numbers.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${numbers.map((n, i) => `<sheet name="${escapeXml(names[i] ?? '')}" sheetId="${n}" r:id="rId${n}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${numbers.map((n) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}</Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = worksheet(sheet);
  });
  const encoder = new TextEncoder();
  return zipStore(Object.entries(files).map(([name, text]) => ({ name, data: encoder.encode(text) })));
}

/** One sheet of rows as an .xlsx file (Office Open XML), numbers as numbers, text as inline strings. */
export function xlsxFile(sheetName: string, rows: readonly (readonly ReportCell[])[]): Uint8Array {
  return xlsxWorkbook([{ name: sheetName, rows, widths: [34, 14] }]);
}
