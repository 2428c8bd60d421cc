/** Letters: which apply to a dossier, their templates (data) and the layout blocks the PDF module draws. */

import type { LetterKind } from './kinds';

export type { LetterKind };

/** Letters a dossier can call for; a thank-you letter comes from a form instead. */
export type DossierLetterKind = Exclude<LetterKind, 'thank-you'>;

export type UnitType = 'xã' | 'phường' | 'đặc khu';

/**
 * The issuing commune as the team lead entered it. Every header string is data: names keep changing since the
 * 2025 reorganisation. Optional only where a letter reads well without it; a field a letter needs but the profile
 * lacks is reported as missing, never made up.
 */
export interface OfficeProfile {
  /** With its unit type, as written in running text: "xã Tân Phú", "phường Hòa Bình". */
  communeName: string;
  unitType: UnitType;
  /** "tỉnh Đồng Nai", "thành phố Huế". */
  province: string;
  /** The place name of the date line: "Tân Phú, ngày …". */
  placeName: string;
  address?: string;
  /** Signer's name, e.g. "Nguyễn Văn Bình". */
  leaderName: string;
  /** Signer's title as printed: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  leaderTitle: string;
  /** Authority line above the title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  signingAuthority: string;
  /**
   * The issuing body in the header, on two lines ("ỦY BAN NHÂN DÂN" / "XÃ TÂN PHÚ"); derived from communeName
   * when absent. "UBND …" is written out; a line break typed by the team lead is kept.
   */
  issuingBody?: string;
  /**
   * The commune's one-stop unit as citizens know it: "Bộ phận Một cửa xã Tân Phú", or since Decree 118/2025 a
   * "Trung tâm Phục vụ hành chính công …"; "Bộ phận Một cửa" + communeName when absent.
   */
  oneStopUnit?: string;
  /**
   * The head of the body (the chairman), who signs the apology slip; the signer when the signer is the head
   * (a title without "PHÓ").
   */
  headName?: string;
  phone?: string;
  email?: string;
}

/** ông/bà (formal, the default) or anh/chị (for young citizens, when the officer prefers it). */
export type AddressStyle = 'formal' | 'familiar';

export type PersonHonorific = 'ông' | 'bà' | 'anh' | 'chị' | 'ông/bà' | 'anh/chị';

/** What the officer types in to thank a person or an organisation that helped the commune. */
export interface ThankYouInput {
  recipientName: string;
  recipientType: 'person' | 'organisation';
  /** For a person; "ông/bà" when not given. */
  honorific?: PersonHonorific;
  /** What they did, as a phrase: "đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3". */
  reason: string;
  /** Date of the certificate (`YYYY-MM-DD`); the letter date otherwise. */
  date?: string;
}

export interface LetterOptions {
  /** Date on the letter (`YYYY-MM-DD` or any ISO instant); today in Vietnam by default. */
  date?: string;
  address?: AddressStyle;
  /** Apology: why the dossier is late. */
  reason?: string;
  /** Apology: the new return date, `YYYY-MM-DD`. */
  newReturnDate?: string;
  /** Apology: overrides the legal reference printed on the slip. */
  legalBasis?: string;
  /** The document's number line ("12/PXL-UBND"), given when the slip is entered in the register. */
  number?: string;
  /** Marriage: the commune hands a gift with the letter, so the letter may say so. */
  gift?: boolean;
  /** Marriage: the commune's own text of the happy-family criteria, printed as theirs instead of the quote. */
  familyCriteria?: { title?: string; text: string };
  /** Thank-you: the form's content. */
  thankYou?: ThankYouInput;
  /** A team lead's edited template instead of the default one. */
  template?: LetterTemplate;
}

export type TextStyle = 'normal' | 'bold' | 'italic' | 'bold-italic';

export type LetterBlock =
  /**
   * Issuing body and, for letters, the place-and-date line; the national title and motto are fixed. A line break
   * (`\n`) in the issuing body starts a new line there ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ"). `number` is an outgoing
   * document's "Số: …/BC-UBND", under the issuing body.
   */
  | { type: 'heading'; issuingBody: string; placeDate?: string; number?: string }
  | { type: 'title'; text: string; subtitle?: string }
  | {
      type: 'paragraph';
      text: string;
      align?: 'justify' | 'left' | 'center' | 'right';
      style?: TextStyle;
      size?: 'small' | 'body' | 'large';
      /** First-line indent, as in the body of an administrative letter. */
      indent?: boolean;
    }
  | { type: 'list'; items: string[]; marker?: 'dash' | 'number' }
  /** `deputy` is the "KT. CHỦ TỊCH" line when a deputy signs for the head. */
  | { type: 'signature'; authority: string; deputy?: string; title: string; name: string; placeDate?: string }
  /** "Nơi nhận", drawn on the left beside the signature that precedes it. */
  | { type: 'recipients'; items: string[] }
  /** `attachment`: what follows is an enclosure, not more pages of the letter, so its pages are not numbered. */
  | { type: 'page-break'; attachment?: boolean }
  /** An attachment: a titled list with an optional note and source, e.g. the happy-family criteria. */
  | { type: 'excerpt'; title: string; note?: string; items: string[]; source?: string }
  /**
   * Figures in a ruled table (a report), header repeated on each page; never in a team lead's letter template. The
   * caption, in bold above it, never stays behind at the foot of a page.
   */
  | { type: 'table'; caption?: string; columns: TableColumn[]; rows: string[][]; boldRows?: number[] };

/** A table column: its header, its share of the text width (relative), and how its cells align. */
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** Type sizes of a poster, large enough to read from a few metres; the PDF module turns them into points. */
export type DisplaySize = 'title' | 'heading' | 'body' | 'number';

/** Blocks only posters use (never a letter template): large type and QR codes. */
export type PosterBlock =
  /** Large text on its own lines, centred unless told otherwise. */
  | { type: 'display'; text: string; size: DisplaySize; style?: TextStyle; align?: 'center' | 'left'; accent?: boolean }
  /** A QR code of `data` (a link), drawn as vector squares, with a title and a caption (the link as text) beside it. */
  | { type: 'qr'; data: string; title: string; caption?: string };

/** Anything the PDF module draws. */
export type PrintBlock = LetterBlock | PosterBlock;

/** What the PDF module draws on one or more A4 pages: a filled letter, a report or a poster, laid out in blocks. */
export interface LaidOutDocument {
  /** Document name, used for the PDF title. */
  name: string;
  layout: LetterLayout;
  blocks: PrintBlock[];
  /** Shrinks large type (never below half) so that the document fits on one page: a poster is one sheet. */
  fitOnePage?: boolean;
}

/** A template block, shown only when the field named by `when` has a value (e.g. the office phone). */
export type TemplateBlock = LetterBlock & { when?: string };

/** `letter`: the administrative layout; `certificate`: centred, with a decorative border. */
export type LetterLayout = 'letter' | 'certificate';

/**
 * A letter as data: strings hold `{{field}}` placeholders, optionally `{{field|upper}}` or `{{field|capitalise}}`.
 */
export interface LetterTemplate {
  kind: LetterKind;
  /** Document name, used for the PDF title. */
  name: string;
  layout: LetterLayout;
  /** Fields the letter cannot do without, checked even when a team lead's text leaves them out. */
  requires: string[];
  /** Values the template brings itself (a legal reference, say), used unless the caller gives one. */
  defaults?: Readonly<Record<string, string>>;
  blocks: TemplateBlock[];
}

/** A template filled for one dossier: what the PDF module draws and a preview can show. */
export interface FilledLetter {
  kind: LetterKind;
  name: string;
  layout: LetterLayout;
  blocks: LetterBlock[];
}

export interface LetterEligibility {
  kind: DossierLetterKind;
  applies: boolean;
  /** Why (not), in Vietnamese, for the officer. */
  reason?: string;
}

/**
 * An apology slip entered in the register: one per dossier, with its number in the year's series and the new return
 * date, which is set only once.
 */
export interface IssuedApology {
  dossierCode: string;
  /** As printed on the "Số:" line: "12/PXL-UBND". */
  number: string;
  /** `YYYY-MM-DD`, the slip's date. */
  issuedOn: string;
  /** `YYYY-MM-DD`. */
  newReturnDate: string;
  reason: string;
}
