/**
 * Stands in for the parts of jsPDF's dependencies that no letter or report uses (see wxt.config.ts): html2canvas,
 * dompurify and canvg for `doc.html()` and SVG, fast-png for PNG images. Shipped, they would weigh about 450 KB.
 * Whatever jsPDF calls on them throws, so a future use fails loudly instead of drawing nothing.
 */

const MESSAGE =
  'jsPDF: html(), SVG and PNG images are not bundled (html2canvas, dompurify, canvg, fast-png); see wxt.config.ts.';

function unbundled(): never {
  throw new Error(MESSAGE);
}

/** What jsPDF calls: html2canvas(), DOMPurify.sanitize(), canvg's Canvg.fromString(), fast-png's decode(). */
export default Object.assign(unbundled, { sanitize: unbundled, fromString: unbundled });
export const decode = unbundled;
