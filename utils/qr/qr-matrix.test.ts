import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, type QrMatrix, qrMatrix, qrRuns, qrSvgPath } from './qr-matrix';

/** The code as an RGBA image, `scale` pixels a module, with its quiet zone: what a camera would see. */
function pixels(matrix: QrMatrix, scale = 4) {
  const side = (matrix.size + 2 * QR_QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - QR_QUIET_ZONE;
      const col = Math.floor(x / scale) - QR_QUIET_ZONE;
      const inside = row >= 0 && col >= 0 && row < matrix.size && col < matrix.size;
      if (inside && matrix.modules[row * matrix.size + col]) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { data, side };
}

describe('qrMatrix', () => {
  it.each([
    ['the national look-up page', 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html'],
    ['a Zalo OA', 'https://zalo.me/1234567890'],
    ['a link with Vietnamese letters', 'https://xa-tan-phu.gov.vn/thủ-tục/đăng-ký-khai-sinh?mã=1.001193'],
    ['a 920-character link', `https://example.gov.vn/${'a'.repeat(900)}`],
  ])('a reader decodes %s back', (_name, text) => {
    const matrix = qrMatrix(text);
    const { data, side } = pixels(matrix);
    expect(jsQR(data, side, side)?.data).toBe(text);
  });

  it('draws the same dark modules as runs and as an SVG path', () => {
    const matrix = qrMatrix('https://zalo.me/1234567890');
    const dark = matrix.modules.reduce((sum, m) => sum + m, 0);
    expect(qrRuns(matrix).reduce((sum, r) => sum + r.length, 0)).toBe(dark);
    expect(qrSvgPath(matrix)).toMatch(/^M4 4h7v1h-7z/);
  });

  it('says in Vietnamese when a link is too long for any code', () => {
    expect(() => qrMatrix('x'.repeat(5000))).toThrow(/quá dài để làm mã QR/);
  });
});
