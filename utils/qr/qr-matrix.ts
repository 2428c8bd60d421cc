import qrcode from 'qrcode-generator';

/** A QR code's dark modules, row by row (1 dark, 0 light), without its quiet zone. */
export interface QrMatrix {
  size: number;
  modules: Uint8Array;
}

/** A horizontal run of dark modules: one rectangle to draw instead of `length` squares. */
export interface QrRun {
  row: number;
  col: number;
  length: number;
}

/** The light border a reader needs around the code, in modules (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4;

/** The library reads each character as one byte: UTF-8 bytes as characters keep Vietnamese links whole. */
const utf8Binary = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

/**
 * The QR code of `text`, made here (no network): byte mode, error correction M, the smallest version that holds it.
 * Throws a RangeError in Vietnamese when the text is too long for any QR code.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  try {
    code.addData(utf8Binary(text), 'Byte');
    code.make();
  } catch {
    throw new RangeError(`Đường dẫn quá dài để làm mã QR (${text.length} ký tự).`);
  }
  const size = code.getModuleCount();
  const modules = new Uint8Array(size * size);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) modules[row * size + col] = code.isDark(row, col) ? 1 : 0;
  }
  return { size, modules };
}

/** The dark modules as horizontal runs, for a compact SVG path or a few PDF rectangles. */
export function qrRuns({ size, modules }: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules[row * size + col]) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules[row * size + col]) col += 1;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return runs;
}

/** An SVG path of the runs, in module units, offset by the quiet zone. */
export const qrSvgPath = (matrix: QrMatrix): string =>
  qrRuns(matrix)
    .map(({ row, col, length }) => `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${length}v1h-${length}z`)
    .join('');
