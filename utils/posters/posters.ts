import { publicHotlines, publicLinks, shownSlides, unitTitle } from '../desk/public-info';
import { FIELD_LABELS, type MissingField, MissingFieldsError } from '../letters/fill';
import { letterValues } from '../letters/letter-values';
import type { LaidOutDocument, PosterBlock, PrintBlock } from '../letters/types';
import { officeProfileOf, type Settings } from '../settings/schema';

/** The boards a team lead prints for the desk. */
export type PosterKind = 'slogans' | 'hotlines' | 'procedures';

export const POSTER_KINDS: readonly PosterKind[] = ['slogans', 'hotlines', 'procedures'];

export const POSTER_LABEL: Readonly<Record<PosterKind, string>> = {
  slogans: 'Bảng khẩu hiệu “4 xin, 4 luôn, 5 không”',
  hotlines: 'Bảng số điện thoại đường dây nóng',
  procedures: 'Bảng niêm yết thủ tục hành chính',
};

/** ASCII file names an officer recognises in the Downloads folder. */
export const POSTER_FILE: Readonly<Record<PosterKind, string>> = {
  slogans: 'bang-khau-hieu',
  hotlines: 'bang-duong-day-nong',
  procedures: 'bang-thu-tuc-hanh-chinh',
};

const upper = (text: string) => text.toLocaleUpperCase('vi');
const display = (
  text: string,
  size: Extract<PosterBlock, { type: 'display' }>['size'],
  extra: Partial<Extract<PosterBlock, { type: 'display' }>> = {},
): PosterBlock => ({ type: 'display', text, size, ...extra });

const issuingBodyOf = (settings: Settings) =>
  letterValues(null, officeProfileOf(settings.office))['office.issuingBody']?.trim() || undefined;

/** What a poster still lacks, in Vietnamese; empty when it can be printed. */
export function posterProblems(kind: PosterKind, settings: Settings): MissingField[] {
  const missing: MissingField[] = [];
  if (!issuingBodyOf(settings))
    missing.push({ field: 'office.issuingBody', label: FIELD_LABELS['office.issuingBody'] ?? 'Tên cơ quan' });
  if (kind === 'slogans' && shownSlides(settings).length === 0)
    missing.push({ field: 'deskScreen.slides', label: 'Ít nhất một khẩu hiệu đang bật' });
  if (kind === 'hotlines' && publicHotlines(settings).length === 0)
    missing.push({ field: 'deskScreen.hotlines', label: 'Ít nhất một số điện thoại đường dây nóng' });
  if (kind === 'procedures' && settings.deskScreen.procedures.length === 0)
    missing.push({ field: 'deskScreen.procedures', label: 'Ít nhất một thủ tục niêm yết (tên và đường dẫn)' });
  return missing;
}

function sloganBlocks(settings: Settings): PrintBlock[] {
  return shownSlides(settings).flatMap(({ title, lines }) => [
    ...(title ? [display(upper(title), 'heading', { style: 'bold', accent: true })] : []),
    // A saying without a heading (the plan's motto) is set apart in italics.
    ...lines.map((line) => display(line, 'body', { style: title ? 'normal' : 'italic' })),
  ]);
}

function hotlineBlocks(settings: Settings): PrintBlock[] {
  const blocks: PrintBlock[] = [
    display('Người dân cần hỗ trợ, phản ánh, kiến nghị về giải quyết thủ tục hành chính, xin liên hệ:', 'body', {
      style: 'italic',
    }),
  ];
  for (const line of publicHotlines(settings)) {
    blocks.push(display(line.label, 'heading', { style: 'bold' }));
    if (line.name) blocks.push(display(line.name, 'body'));
    blocks.push(display(line.phone, 'number', { style: 'bold', accent: true }));
  }
  const zalo = publicLinks(settings).find((link) => link.id === 'zalo');
  if (zalo) blocks.push({ type: 'qr', data: zalo.url, title: `${zalo.title}: ${zalo.caption}`, caption: zalo.url });
  return blocks;
}

function procedureBlocks(settings: Settings): PrintBlock[] {
  return [
    display('Quét mã QR bằng điện thoại để xem hồ sơ cần chuẩn bị, trình tự, thời hạn và lệ phí.', 'body', {
      style: 'italic',
    }),
    ...settings.deskScreen.procedures.map(
      (procedure, i): PrintBlock => ({
        type: 'qr',
        data: procedure.url.trim(),
        title: `${i + 1}. ${procedure.name}`,
        caption: procedure.url.trim(),
      }),
    ),
    ...publicLinks(settings).map(
      (link): PrintBlock => ({
        type: 'qr',
        data: link.url,
        title: `${link.title}: ${link.caption}`,
        caption: link.url,
      }),
    ),
  ];
}

const TITLES: Readonly<Record<PosterKind, (settings: Settings) => string>> = {
  slogans: (settings) => upper(unitTitle(settings)),
  hotlines: () => 'ĐƯỜNG DÂY NÓNG',
  procedures: () => 'THỦ TỤC HÀNH CHÍNH',
};

const BODIES: Readonly<Record<PosterKind, (settings: Settings) => PrintBlock[]>> = {
  slogans: sloganBlocks,
  hotlines: hotlineBlocks,
  procedures: procedureBlocks,
};

/**
 * A poster as blocks for the letters' PDF module: Decree 30's header from the office profile (issuing body on the
 * left, national title and motto on the right), the board's title, then its content. Slogan and hotline boards are
 * one sheet each; the procedures board runs over as many pages as its list needs.
 */
export function posterDocument(kind: PosterKind, settings: Settings): LaidOutDocument {
  const missing = posterProblems(kind, settings);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  return {
    name: POSTER_LABEL[kind],
    layout: 'letter',
    fitOnePage: kind !== 'procedures',
    blocks: [
      { type: 'heading', issuingBody: issuingBodyOf(settings) ?? '' },
      display(TITLES[kind](settings), 'title', { style: 'bold' }),
      ...BODIES[kind](settings),
    ],
  };
}
