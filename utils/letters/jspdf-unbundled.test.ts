import { describe, expect, it } from 'vitest';
import unbundled, { decode } from './jspdf-unbundled';

describe('the stand-in for jsPDF dependencies the package leaves out', () => {
  it.each([
    ['html2canvas()', () => unbundled()],
    ['DOMPurify.sanitize()', () => unbundled.sanitize()],
    ['Canvg.fromString()', () => unbundled.fromString()],
    ['fast-png decode()', () => decode()],
  ])('%s throws, naming what is missing', (_, call) => {
    expect(call).toThrow(/not bundled \(html2canvas, dompurify, canvg, fast-png\)/);
  });
});
