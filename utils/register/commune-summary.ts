import { LETTER_KINDS, letterKindWords } from '../letters/kinds';
import type { CourtesyAct } from '../scripts/types';
import { type CommuneReport, type DeskReport, type Figures, HEADLINE_FIGURES } from './commune-report';
import { REPORT_ACTS } from './monthly-report';

/** Whole numbers as Vietnamese write them: 1.234. */
export const vnCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A share as Vietnamese write it: 95,2%. */
export const vnPercent = (share: number): string => `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}%`;

/** Mid-sentence names of the "4 xin". */
const ACT_WORDS: Record<CourtesyAct, string> = {
  greeted: 'xin chào',
  askedPermission: 'xin phép',
  thanked: 'xin cảm ơn',
  apologised: 'xin lỗi',
};

/** "A", "A và B", "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

const monthShort = (month: string) => `tháng ${month.slice(5)}/${month.slice(0, 4)}`;

function overview(report: CommuneReport): string {
  const { total } = report;
  const returned =
    total.returned === 0
      ? 'chưa có hồ sơ nào được trả kết quả'
      : `trả kết quả ${vnCount(total.returned)} hồ sơ, trong đó ${vnCount(total.returnedOnTime)} hồ sơ đúng hẹn (đạt ${vnPercent(total.onTimeShare ?? 0)})`;
  return `Trong ${report.label}, ${report.desks.length} bàn tiếp nhận đã xem ${vnCount(total.dossiersSeen)} hồ sơ; ${returned}.`;
}

function letters(total: Figures): string {
  if (total.lettersTotal === 0) return 'Chưa in thư, phiếu nào.';
  const parts = LETTER_KINDS.filter((k) => total.letters[k] > 0).map(
    (k) => `${vnCount(total.letters[k])} ${letterKindWords(k)}`,
  );
  return `Đã in ${vnCount(total.lettersTotal)} thư, phiếu: ${joinVi(parts)}.`;
}

function courtesy(total: Figures): string {
  if (total.courtesyTotal === 0) return 'Chưa ghi nhận lượt thực hiện “4 xin” nào.';
  const parts = REPORT_ACTS.map((act) => `${ACT_WORDS[act]} ${vnCount(total.courtesy[act])}`);
  return `Cán bộ ghi nhận ${vnCount(total.courtesyTotal)} lượt thực hiện “4 xin” (${parts.join(', ')}).`;
}

/** What rose, what fell and what stayed, against the period before. */
function comparison(report: CommuneReport): string {
  const { previous, total } = report;
  if (previous.desks === 0) return `Chưa có số liệu ${previous.label} để so sánh.`;
  const rose: string[] = [];
  const fell: string[] = [];
  const same: string[] = [];
  for (const { words, value } of HEADLINE_FIGURES) {
    const before = value(previous.total);
    const now = value(total);
    if (now > before) rose.push(`${words} tăng ${vnCount(now - before)} (từ ${vnCount(before)} lên ${vnCount(now)})`);
    else if (now < before)
      fell.push(`${words} giảm ${vnCount(before - now)} (từ ${vnCount(before)} xuống ${vnCount(now)})`);
    else same.push(`${words} (${vnCount(now)})`);
  }
  const was = previous.total.onTimeShare;
  const is = total.onTimeShare;
  if (was !== null && is !== null) {
    const points = Math.round((is - was) * 1000) / 10;
    const shown = (p: number) => String(Math.abs(p)).replace('.', ',');
    const range = `(từ ${vnPercent(was)} ${points > 0 ? 'lên' : 'xuống'} ${vnPercent(is)})`;
    if (points > 0) rose.push(`tỷ lệ trả đúng hẹn tăng ${shown(points)} điểm phần trăm ${range}`);
    else if (points < 0) fell.push(`tỷ lệ trả đúng hẹn giảm ${shown(points)} điểm phần trăm ${range}`);
    else same.push(`tỷ lệ trả đúng hẹn (${vnPercent(is)})`);
  }
  const parts = [...rose, ...fell];
  if (same.length > 0) parts.push(`không đổi: ${joinVi(same)}`);
  return `So với ${previous.label}, ${parts.join('; ')}.`;
}

/** The desks with the highest value, when it is above zero and there are desks to compare. */
function leaders(desks: readonly DeskReport[], value: (d: DeskReport) => number | null): DeskReport[] {
  const ranked = desks.filter((d) => (value(d) ?? 0) > 0);
  if (desks.length < 2 || ranked.length === 0) return [];
  const best = Math.max(...ranked.map((d) => value(d) ?? 0));
  return ranked.filter((d) => value(d) === best);
}

function mostLetters(report: CommuneReport): string[] {
  const top = leaders(report.desks, (d) => d.figures.lettersTotal);
  const first = top[0];
  if (!first) return [];
  const n = vnCount(first.figures.lettersTotal);
  return top.length === 1
    ? [`Bàn in nhiều thư, phiếu nhất: ${first.label} (${n} thư, phiếu).`]
    : [`Các bàn in nhiều thư, phiếu nhất: ${joinVi(top.map((d) => d.label))} (mỗi bàn ${n} thư, phiếu).`];
}

function bestOnTime(report: CommuneReport): string[] {
  const returning = report.desks.filter((d) => d.figures.returned > 0);
  if (returning.length < 2) return [];
  const top = leaders(returning, (d) => d.figures.onTimeShare);
  const first = top[0];
  if (!first || first.figures.onTimeShare === null) return [];
  const share = vnPercent(first.figures.onTimeShare);
  return top.length === 1
    ? [
        `Bàn có tỷ lệ trả đúng hẹn cao nhất: ${first.label} (${share}, ${vnCount(first.figures.returnedOnTime)}/${vnCount(first.figures.returned)} hồ sơ).`,
      ]
    : [`Các bàn có tỷ lệ trả đúng hẹn cao nhất: ${joinVi(top.map((d) => d.label))} (${share}).`];
}

function gaps(report: CommuneReport): string[] {
  if (report.gaps.length === 0) return [];
  const parts = report.gaps.map((gap) => `${gap.label} (${gap.months.map(monthShort).join(', ')})`);
  return [`Chưa có số liệu của: ${parts.join('; ')}.`];
}

/**
 * The report's short commentary in plain Vietnamese, one sentence each: the period's totals, the letters and the
 * "4 xin", what rose and what fell against the period before, which desk printed most letters and which returned
 * most dossiers on time (for the team lead's proposals), and which desks have not sent a month.
 */
export function summarySentences(report: CommuneReport): string[] {
  if (report.desks.length === 0) return [`Chưa có số liệu của bàn nào trong ${report.label}.`];
  return [
    overview(report),
    letters(report.total),
    courtesy(report.total),
    comparison(report),
    ...mostLetters(report),
    ...bestOnTime(report),
    ...gaps(report),
  ];
}
