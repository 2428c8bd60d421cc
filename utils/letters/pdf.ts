/**
 * Layout blocks → an A4 PDF in the administrative layout of Decree 30/2020/NĐ-CP. The only module that imports
 * jsPDF (a lint rule keeps it out of the content script, where it would weigh on every portal page).
 */
import { jsPDF } from 'jspdf';
import { mapBlockTexts } from './blocks';
import { cleanText } from './fill';
import type { FontStyle } from './fonts';
import type { LaidOutDocument, LetterBlock, LetterLayout, TextStyle } from './types';

/** The four Tinos styles as binary strings (see loadFont). */
export type PdfFonts = Readonly<Record<FontStyle, string>>;

export interface PdfInfo {
  title: string;
  /** The issuing office, not a citizen. */
  author?: string;
}

const MM_PER_PT = 25.4 / 72;
const PAGE_WIDTH = 210;
const PAGE_HEIGHT = 297;
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const BOTTOM_EDGE = PAGE_HEIGHT - MARGIN.bottom;
const TEXT_LEFT = MARGIN.left;
const TEXT_WIDTH = PAGE_WIDTH - MARGIN.right - MARGIN.left;

/** Header columns as laid out in Decree 30: issuing body on the left, national title and motto on the right. */
const LEFT_COLUMN = { centre: 62, width: 64 };
const RIGHT_COLUMN = { centre: 145, width: 100 };
/** The signature sits under the right column; "Nơi nhận" faces it on the left. */
const SIGNATURE_CENTRE = RIGHT_COLUMN.centre;
const RECIPIENTS_WIDTH = 70;

const SIZE = { body: 14, header: 13, small: 12, recipientItem: 11, large: 18, certificateTitle: 32, table: 12 };
/** The smallest an issuing body's line is set: Decree 30 asks 12 to 13 pt, but never splitting a name matters more. */
const MIN_HEADER_SIZE = 10;
/** Inside a table cell: room between the rule and the text. */
const CELL_PADDING = { x: 1.5, y: 1 };
const LINE_FACTOR = 1.3;
const INDENT = 10;
const PARAGRAPH_GAP = 2;
/** Below a line of capitals, so that descenders (g, y, ọ) never touch the rule. */
const RULE_GAP = 1.3;
/** Room left blank for the handwritten signature and the seal. */
const SIGNING_SPACE = 24;

/** A certificate is centred within a decorative border. */
const CERTIFICATE = { centre: 112.5, width: 150, frame: { x: 22, y: 12, width: 181, height: 273 } };
const CERTIFICATE_RED: [number, number, number] = [140, 20, 20];

/** Subset fonts carry a six-letter tag before their name (PDF 32000 §9.6.4), so tools can tell they are subsets. */
const FONT_NAMES: Readonly<Record<FontStyle, string>> = {
  regular: 'MCTTRG+Tinos-Regular',
  bold: 'MCTTBD+Tinos-Bold',
  italic: 'MCTTIT+Tinos-Italic',
  'bold-italic': 'MCTTBI+Tinos-BoldItalic',
};

const FONT_STYLE: Readonly<Record<TextStyle, FontStyle>> = {
  normal: 'regular',
  bold: 'bold',
  italic: 'italic',
  'bold-italic': 'bold-italic',
};

type Align = 'left' | 'center' | 'right' | 'justify';
/** jsPDF's own alignments; justified lines are drawn word by word. */
type DrawAlign = Exclude<Align, 'justify'>;

interface TextOptions {
  left: number;
  width: number;
  style: FontStyle;
  size: number;
  align: Align;
  /** First-line indent. */
  indent?: number;
}

/** The parts of jsPDF's parsed TrueType font (TTFFont) this module touches. */
interface FontMetadata {
  characterToGlyph(code: number): number;
  glyIdsUsed: number[];
  hhea: { numberOfMetrics: number };
  hmtx: { raw(): number[] };
}

/**
 * jsPDF embeds the whole `hmtx` table (glyph metrics) even in a subset. Viewers take widths from the PDF's /W array
 * instead, so the metrics of glyphs the document does not use are zeroed: they then compress to almost nothing.
 */
function embedOnlyUsedMetrics(metadata: FontMetadata): void {
  const raw = metadata.hmtx.raw.bind(metadata.hmtx);
  metadata.hmtx.raw = () => {
    const table = raw();
    const used = new Set(metadata.glyIdsUsed);
    const longMetrics = metadata.hhea.numberOfMetrics;
    // Long entries (advance and side bearing, 4 bytes) come first, then side bearings alone (2 bytes).
    const glyphs = longMetrics + (table.length - longMetrics * 4) / 2;
    for (let glyph = 0; glyph < glyphs; glyph += 1) {
      if (used.has(glyph)) continue;
      const long = glyph < longMetrics;
      const from = long ? glyph * 4 : longMetrics * 4 + (glyph - longMetrics) * 2;
      table.fill(0, from, from + (long ? 4 : 2));
    }
    return table;
  };
}

const lineHeight = (size: number) => size * MM_PER_PT * LINE_FACTOR;

/** Where a line's baseline goes so that its capitals sit in the middle of the line box. */
const baselineOf = (top: number, size: number) => top + lineHeight(size) / 2 + 0.33 * size * MM_PER_PT;

class Layout {
  private y = MARGIN.top;
  private pageOfLetter = 1;
  /** Enclosures are not pages of the letter: Decree 30 numbers the letter's own pages only. */
  private inEnclosure = false;
  private layout: LetterLayout = 'letter';
  private readonly registered = new Set<FontStyle>();

  constructor(
    private readonly doc: jsPDF,
    private readonly fonts: PdfFonts,
  ) {}

  letter(letter: LaidOutDocument, first: boolean): void {
    if (!first) this.doc.addPage();
    this.layout = letter.layout;
    this.pageOfLetter = 1;
    this.inEnclosure = false;
    this.startPage();
    const { blocks } = letter;
    blocks.forEach((block, i) => {
      const next = blocks[i + 1];
      if (block.type === 'signature') this.signature(block, next?.type === 'recipients' ? next : undefined);
      else if (block.type !== 'recipients' || blocks[i - 1]?.type !== 'signature') this.block(block);
    });
  }

  private block(block: Exclude<LetterBlock, { type: 'signature' }>): void {
    switch (block.type) {
      case 'heading':
        if (this.layout === 'certificate') this.certificateHeading(block.issuingBody);
        else this.letterHeading(block.issuingBody, block.placeDate, block.number);
        return;
      case 'title':
        this.title(block.text, block.subtitle);
        return;
      case 'paragraph':
        this.paragraph(block);
        return;
      case 'list':
        this.list(block.items, block.marker ?? 'dash');
        return;
      case 'recipients':
        this.ensure(this.recipientsHeight(block.items));
        this.y = this.recipients(block.items, this.y) + PARAGRAPH_GAP;
        return;
      case 'page-break':
        if (block.attachment) this.inEnclosure = true;
        this.newPage();
        return;
      case 'excerpt':
        this.excerpt(block);
        return;
      case 'table':
        this.table(block);
        return;
    }
  }

  // --- text primitives -------------------------------------------------------------------------------------------

  private selectFont(style: FontStyle, size: number): void {
    if (!this.registered.has(style)) {
      // Registered on first use: parsing a font costs time, and an unused style need not be embedded.
      const file = `${FONT_NAMES[style]}.ttf`;
      this.doc.addFileToVFS(file, this.fonts[style]);
      this.doc.addFont(file, FONT_NAMES[style], 'normal', undefined, 'Identity-H');
      this.doc.setFont(FONT_NAMES[style], 'normal');
      embedOnlyUsedMetrics(this.doc.getFont().metadata as FontMetadata);
      this.registered.add(style);
    }
    this.doc.setFont(FONT_NAMES[style], 'normal');
    this.doc.setFontSize(size);
  }

  private width(text: string, style: FontStyle, size: number): number {
    this.selectFont(style, size);
    return this.doc.getTextWidth(text);
  }

  private draw(text: string, x: number, baseline: number, style: FontStyle, size: number, align: DrawAlign = 'left') {
    this.selectFont(style, size);
    this.checkGlyphs(text, style);
    this.doc.text(text, x, baseline, { align });
  }

  /** jsPDF silently cuts a line at the first character the font lacks: refuse instead of printing half a name. */
  private checkGlyphs(text: string, style: FontStyle): void {
    const metadata = this.doc.getFont().metadata as FontMetadata;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0xffff || metadata.characterToGlyph(code) === 0) {
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        throw new Error(`Phông chữ Tinos (${style}) không có ký tự “${char}” (U+${hex}): hãy sửa lại nội dung thư.`);
      }
    }
  }

  /** Greedy word wrap; the first line may be shorter (indent). A word wider than a line is cut by characters. */
  private wrap(text: string, width: number, style: FontStyle, size: number, firstIndent = 0): string[] {
    const lines: string[] = [];
    let line = '';
    const room = () => width - (lines.length === 0 ? firstIndent : 0);
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.width(candidate, style, size) <= room()) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (this.width(rest, style, size) > room()) {
        let cut = rest.length - 1;
        while (cut > 1 && this.width(rest.slice(0, cut), style, size) > room()) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Spreads the words of a line over its width: word spacing (Tw) does not apply to two-byte fonts. */
  private justified(line: string, x: number, baseline: number, width: number, style: FontStyle, size: number) {
    const words = line.split(' ');
    if (words.length < 2) {
      this.draw(line, x, baseline, style, size);
      return;
    }
    const widths = words.map((word) => this.width(word, style, size));
    const gap = (width - widths.reduce((sum, w) => sum + w, 0)) / (words.length - 1);
    let at = x;
    words.forEach((word, i) => {
      this.draw(word, at, baseline, style, size);
      at += (widths[i] ?? 0) + gap;
    });
  }

  /**
   * Writes wrapped text from the current position, breaking pages between lines. A line break in the text starts a
   * new line; the line before it is not justified.
   */
  private lines(text: string, options: TextOptions): void {
    const { left, width, style, size, align, indent = 0 } = options;
    const height = lineHeight(size);
    const wrapped = text.split('\n').flatMap((part, p) => {
      const parts = this.wrap(part, width, style, size, p === 0 ? indent : 0);
      return parts.map((line, i) => ({ line, last: i === parts.length - 1 }));
    });
    wrapped.forEach(({ line, last }, i) => {
      this.ensure(height);
      const baseline = baselineOf(this.y, size);
      const x = left + (i === 0 ? indent : 0);
      if (align === 'justify' && !last) this.justified(line, x, baseline, left + width - x, style, size);
      else if (align === 'center') this.draw(line, left + width / 2, baseline, style, size, 'center');
      else if (align === 'right') this.draw(line, left + width, baseline, style, size, 'right');
      else this.draw(line, x, baseline, style, size);
      this.y += height;
    });
  }

  private rule(centre: number, y: number, length: number, weight = 0.3): void {
    this.doc.setLineWidth(weight);
    this.doc.line(centre - length / 2, y, centre + length / 2, y);
  }

  // --- pages -----------------------------------------------------------------------------------------------------

  private ensure(height: number): void {
    if (this.y + height > this.bottom()) this.newPage();
  }

  private bottom(): number {
    return this.layout === 'certificate' ? CERTIFICATE.frame.y + CERTIFICATE.frame.height - 8 : BOTTOM_EDGE;
  }

  private newPage(): void {
    this.doc.addPage();
    this.pageOfLetter += 1;
    this.startPage();
  }

  private startPage(): void {
    this.y = MARGIN.top;
    if (this.layout === 'certificate') {
      this.frame();
      this.y = CERTIFICATE.frame.y + 10;
    }
    if (this.pageOfLetter > 1 && !this.inEnclosure) {
      // Decree 30: pages are numbered from the second, centred in the top margin.
      this.draw(String(this.pageOfLetter), PAGE_WIDTH / 2, MARGIN.top - 8, 'regular', SIZE.header, 'center');
      this.y = Math.max(this.y, MARGIN.top + 2);
    }
  }

  private area(): { left: number; width: number } {
    return this.layout === 'certificate'
      ? { left: CERTIFICATE.centre - CERTIFICATE.width / 2, width: CERTIFICATE.width }
      : { left: TEXT_LEFT, width: TEXT_WIDTH };
  }

  /** A double frame with small diamonds in the corners, in the red of certificates. */
  private frame(): void {
    const { x, y, width, height } = CERTIFICATE.frame;
    const inset = 2.5;
    this.doc.setDrawColor(...CERTIFICATE_RED);
    this.doc.setFillColor(...CERTIFICATE_RED);
    this.doc.setLineWidth(1.2);
    this.doc.rect(x, y, width, height);
    this.doc.setLineWidth(0.35);
    this.doc.rect(x + inset, y + inset, width - 2 * inset, height - 2 * inset);
    const corners: [number, number][] = [
      [x + inset, y + inset],
      [x + width - inset, y + inset],
      [x + inset, y + height - inset],
      [x + width - inset, y + height - inset],
    ];
    for (const [cx, cy] of corners) this.diamond(cx, cy, 2.2);
    this.doc.setDrawColor(0, 0, 0);
    this.doc.setFillColor(0, 0, 0);
  }

  private diamond(cx: number, cy: number, r: number): void {
    this.doc.triangle(cx - r, cy, cx, cy - r, cx + r, cy, 'F');
    this.doc.triangle(cx - r, cy, cx, cy + r, cx + r, cy, 'F');
  }

  // --- blocks ----------------------------------------------------------------------------------------------------

  /**
   * The issuing body, one name per line as given ("ỦY BAN NHÂN DÂN" / "PHƯỜNG LONG HƯƠNG"): a line too wide for the
   * column is set smaller rather than broken, so a name is never split (down to 10 pt; beyond that it wraps).
   */
  private issuingBodyLines(issuingBody: string): { lines: string[]; size: number } {
    const given = issuingBody.split('\n');
    const widest = Math.max(...given.map((line) => this.width(line, 'bold', SIZE.header)));
    const size = Math.max(MIN_HEADER_SIZE, Math.min(SIZE.header, (SIZE.header * LEFT_COLUMN.width) / widest));
    return { lines: given.flatMap((line) => this.wrap(line, LEFT_COLUMN.width, 'bold', size)), size };
  }

  private letterHeading(issuingBody: string, placeDate: string | undefined, number: string | undefined): void {
    const top = this.y;
    const { lines: bodyLines, size } = this.issuingBodyLines(issuingBody);
    const height = lineHeight(size);
    bodyLines.forEach((line, i) => {
      this.draw(line, LEFT_COLUMN.centre, baselineOf(top + i * height, size), 'bold', size, 'center');
    });
    const widest = Math.max(...bodyLines.map((line) => this.width(line, 'bold', size)));
    // Decree 30: a rule a third to a half as long as the line above it.
    const leftBottom = top + bodyLines.length * height + RULE_GAP;
    this.rule(LEFT_COLUMN.centre, leftBottom, widest * 0.4);

    const right = this.nationalTitle(RIGHT_COLUMN.centre, RIGHT_COLUMN.width, top);
    let bottom = Math.max(leftBottom, right);
    // The number under the issuing body and the place and date under the motto share one line (Decree 30).
    const lineTop = bottom + 4;
    if (number) {
      this.draw(number, LEFT_COLUMN.centre, baselineOf(lineTop, SIZE.header), 'regular', SIZE.header, 'center');
      bottom = Math.max(bottom, lineTop + lineHeight(SIZE.header));
    }
    if (placeDate) {
      this.draw(placeDate, RIGHT_COLUMN.centre, baselineOf(lineTop, SIZE.body), 'italic', SIZE.body, 'center');
      bottom = Math.max(bottom, lineTop + lineHeight(SIZE.body));
    }
    this.y = bottom + 8;
  }

  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over the motto and its rule; returns the rule's y. */
  private nationalTitle(centre: number, width: number, top: number): number {
    const title = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    // Shrunk (never below 12 pt, the smallest the decree allows) only if a narrow column would clip it.
    const titleSize = Math.max(
      12,
      Math.min(SIZE.header, (SIZE.header * width) / this.width(title, 'bold', SIZE.header)),
    );
    this.draw(title, centre, baselineOf(top, titleSize), 'bold', titleSize, 'center');
    const mottoTop = top + lineHeight(titleSize);
    this.draw(motto, centre, baselineOf(mottoTop, SIZE.body), 'bold', SIZE.body, 'center');
    const ruleY = mottoTop + lineHeight(SIZE.body) + RULE_GAP;
    this.rule(centre, ruleY, this.width(motto, 'bold', SIZE.body));
    return ruleY;
  }

  private certificateHeading(issuingBody: string): void {
    const ruleY = this.nationalTitle(CERTIFICATE.centre, CERTIFICATE.width, this.y);
    this.y = ruleY + 6;
    this.lines(issuingBody, { ...this.area(), style: 'bold', size: SIZE.body, align: 'center' });
    this.y += 24;
  }

  private title(text: string, subtitle: string | undefined): void {
    const area = this.area();
    if (this.layout === 'certificate') {
      this.doc.setTextColor(...CERTIFICATE_RED);
      this.lines(text, { ...area, style: 'bold', size: SIZE.certificateTitle, align: 'center' });
      this.doc.setTextColor(0, 0, 0);
      this.ornament(area.left + area.width / 2, this.y + 2);
      this.y += 16;
      return;
    }
    this.ensure(lineHeight(SIZE.body) * 3);
    this.lines(text, { ...area, style: 'bold', size: SIZE.body, align: 'center' });
    if (subtitle) this.lines(subtitle, { ...area, style: 'bold', size: SIZE.body, align: 'center' });
    this.rule(area.left + area.width / 2, this.y + RULE_GAP, 30);
    this.y += 7;
  }

  /** A short line, a diamond, a short line: the flourish under a certificate's title. */
  private ornament(centre: number, y: number): void {
    this.doc.setDrawColor(...CERTIFICATE_RED);
    this.doc.setFillColor(...CERTIFICATE_RED);
    this.doc.setLineWidth(0.5);
    this.doc.line(centre - 35, y, centre - 4, y);
    this.doc.line(centre + 4, y, centre + 35, y);
    this.diamond(centre, y, 2);
    this.doc.setDrawColor(0, 0, 0);
    this.doc.setFillColor(0, 0, 0);
  }

  private paragraph(block: Extract<LetterBlock, { type: 'paragraph' }>): void {
    this.lines(block.text, {
      ...this.area(),
      style: FONT_STYLE[block.style ?? 'normal'],
      size: SIZE[block.size ?? 'body'],
      align: block.align ?? 'justify',
      indent: block.indent ? INDENT : 0,
    });
    this.y += this.layout === 'certificate' ? 6 : PARAGRAPH_GAP;
  }

  private list(items: string[], marker: 'dash' | 'number', size = SIZE.body): void {
    const { left, width } = this.area();
    const markerX = left + INDENT;
    const textLeft = markerX + (marker === 'dash' ? 4 : 7);
    items.forEach((item, i) => {
      this.ensure(lineHeight(size));
      this.draw(marker === 'dash' ? '-' : `${i + 1}.`, markerX, baselineOf(this.y, size), 'regular', size);
      this.lines(item, {
        left: textLeft,
        width: left + width - textLeft,
        style: 'regular',
        size,
        align: 'justify',
      });
      this.y += 1;
    });
    this.y += PARAGRAPH_GAP;
  }

  private excerpt(block: Extract<LetterBlock, { type: 'excerpt' }>): void {
    const area = this.area();
    // Keep the title with the start of the list.
    this.ensure(lineHeight(SIZE.body) * 4);
    this.y += 2;
    this.lines(block.title, { ...area, style: 'bold', size: SIZE.body, align: 'center' });
    if (block.note) this.lines(`(${block.note})`, { ...area, style: 'italic', size: SIZE.header, align: 'center' });
    this.y += 3;
    // Attachments in 13 pt, so that each fits on its page.
    this.list(block.items, 'number', SIZE.header);
    if (block.source) this.lines(block.source, { ...area, style: 'italic', size: SIZE.header, align: 'right' });
    this.y += 5;
  }

  /** A ruled table in 12 pt: cells wrap, a row never splits across pages, the header row repeats on each page. */
  private table(block: Extract<LetterBlock, { type: 'table' }>): void {
    const { left, width } = this.area();
    const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
    const widths = block.columns.map((c) => (c.width / total) * width);
    const bold = new Set(block.boldRows ?? []);
    const lineStep = lineHeight(SIZE.table);
    const layoutRow = (cells: readonly string[], style: FontStyle) => {
      const wrapped = widths.map((w, i) => this.wrap(cells[i] ?? '', w - 2 * CELL_PADDING.x, style, SIZE.table));
      const height = Math.max(1, ...wrapped.map((l) => l.length)) * lineStep + 2 * CELL_PADDING.y;
      return { wrapped, height, style };
    };
    const drawRow = (row: ReturnType<typeof layoutRow>, header: boolean) => {
      let x = left;
      this.doc.setLineWidth(0.2);
      row.wrapped.forEach((cellLines, i) => {
        const w = widths[i] ?? 0;
        this.doc.rect(x, this.y, w, row.height);
        const align = header ? 'center' : (block.columns[i]?.align ?? 'left');
        const textX = align === 'center' ? x + w / 2 : align === 'right' ? x + w - CELL_PADDING.x : x + CELL_PADDING.x;
        // Header cells are centred vertically; body cells start at the top.
        const free = row.height - 2 * CELL_PADDING.y - cellLines.length * lineStep;
        let top = this.y + CELL_PADDING.y + (header ? free / 2 : 0);
        for (const line of cellLines) {
          this.draw(line, textX, baselineOf(top, SIZE.table), row.style, SIZE.table, align);
          top += lineStep;
        }
        x += w;
      });
      this.y += row.height;
    };
    const header = layoutRow(
      block.columns.map((c) => c.header),
      'bold',
    );
    const rows = block.rows.map((cells, i) => layoutRow(cells, bold.has(i) ? 'bold' : 'regular'));
    const caption = block.caption
      ? this.wrap(block.caption, width, 'bold', SIZE.body).length * lineHeight(SIZE.body)
      : 0;
    // The caption and header never stay alone at the foot of a page: a few rows go with them.
    this.ensure(caption + header.height + rows.slice(0, 3).reduce((sum, row) => sum + row.height, 0));
    if (block.caption) {
      this.lines(block.caption, { left, width, style: 'bold', size: SIZE.body, align: 'left' });
      this.y += 1;
    }
    drawRow(header, true);
    for (const row of rows) {
      if (this.y + row.height > this.bottom()) {
        this.newPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    this.y += PARAGRAPH_GAP + 2;
  }

  private signature(
    block: Extract<LetterBlock, { type: 'signature' }>,
    recipients: Extract<LetterBlock, { type: 'recipients' }> | undefined,
  ): void {
    const header = lineHeight(SIZE.header);
    const lines = [block.authority, block.deputy ?? '', block.title]
      .filter(Boolean)
      .flatMap((text) => this.wrap(text, RIGHT_COLUMN.width - 10, 'bold', SIZE.header));
    const dateHeight = block.placeDate ? lineHeight(SIZE.body) : 0;
    const signatureHeight = dateHeight + lines.length * header + SIGNING_SPACE + lineHeight(SIZE.body);
    const recipientsHeight = recipients ? this.recipientsHeight(recipients.items) : 0;
    // The signature never leaves its letter's last lines alone on a new page, nor splits from "Nơi nhận".
    const space = this.layout === 'certificate' ? 12 : 4;
    this.ensure(Math.max(signatureHeight, recipientsHeight) + space);
    this.y += space;
    const top = this.y;
    let y = top;
    if (block.placeDate) {
      this.draw(block.placeDate, SIGNATURE_CENTRE, baselineOf(y, SIZE.body), 'italic', SIZE.body, 'center');
      y += dateHeight;
    }
    for (const line of lines) {
      this.draw(line, SIGNATURE_CENTRE, baselineOf(y, SIZE.header), 'bold', SIZE.header, 'center');
      y += header;
    }
    y += SIGNING_SPACE;
    this.draw(block.name, SIGNATURE_CENTRE, baselineOf(y, SIZE.body), 'bold', SIZE.body, 'center');
    y += lineHeight(SIZE.body);
    const recipientsBottom = recipients ? this.recipients(recipients.items, top + dateHeight) : top;
    this.y = Math.max(y, recipientsBottom) + 4;
  }

  private recipientsHeight(items: string[]): number {
    const lines = items.flatMap((item) => this.wrap(`- ${item}`, RECIPIENTS_WIDTH, 'regular', SIZE.recipientItem));
    return lineHeight(SIZE.small) + lines.length * lineHeight(SIZE.recipientItem) * 0.85;
  }

  /** "Nơi nhận:" in bold italic 12 pt, its lines in 11 pt, from `top` on the left; returns the bottom. */
  private recipients(items: string[], top: number): number {
    this.draw('Nơi nhận:', TEXT_LEFT, baselineOf(top, SIZE.small), 'bold-italic', SIZE.small);
    let y = top + lineHeight(SIZE.small);
    const step = lineHeight(SIZE.recipientItem) * 0.85;
    for (const line of items.flatMap((item) =>
      this.wrap(`- ${item}`, RECIPIENTS_WIDTH, 'regular', SIZE.recipientItem),
    )) {
      this.draw(line, TEXT_LEFT, baselineOf(y, SIZE.recipientItem), 'regular', SIZE.recipientItem);
      y += step;
    }
    return y;
  }
}

/** NFC, one space between words; a line break given on purpose (a report's heading, say) is kept. */
const cleanLines = (text: string): string => text.split('\n').map(cleanText).join('\n');

/** Draws letters on consecutive A4 pages of one PDF; every string is normalised to NFC first. */
export function lettersToPdf(letters: readonly LaidOutDocument[], fonts: PdfFonts, info: PdfInfo): Uint8Array {
  if (letters.length === 0) throw new RangeError('No letter to render');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.setProperties({
    title: cleanText(info.title),
    author: info.author && cleanText(info.author),
    creator: 'Một Cửa Thân Thiện',
  });
  doc.setLanguage('vi');
  const layout = new Layout(doc, fonts);
  letters.forEach((letter, i) => {
    layout.letter({ ...letter, blocks: letter.blocks.map((block) => mapBlockTexts(block, cleanLines)) }, i === 0);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}
