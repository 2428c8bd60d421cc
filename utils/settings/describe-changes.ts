import { PLAN_LIST_NAMES, PLAN_LISTS } from '../../templates/plan-words';
import type { DeskScreenSettings, DeskSlide } from '../desk/types';
import { RECIPE_FIELD_LABEL, RECIPE_FIELDS, type Recipe } from '../dossier/recipes/types';
import { displayDate } from '../format/display-date';
import { LETTER_KIND_NAMES, LETTER_KINDS } from '../letters/kinds';
import { STAGE_LABEL } from '../scripts/stage';
import type { CourtesyScript } from '../scripts/types';
import type { Settings } from './schema';

const OFFICE_LABEL: Record<keyof Settings['office'], string> = {
  communeName: 'Tên xã/phường',
  unitType: 'Loại đơn vị',
  province: 'Tỉnh/thành phố',
  placeName: 'Địa danh ghi ngày tháng',
  address: 'Địa chỉ',
  leaderName: 'Người ký',
  leaderTitle: 'Chức vụ người ký',
  signingAuthority: 'Thẩm quyền ký',
  issuingBody: 'Cơ quan ban hành',
  oneStopUnit: 'Tên bộ phận một cửa',
  headName: 'Chủ tịch (ký phiếu xin lỗi)',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
};

const ADDRESS_LABEL: Record<Settings['letters']['addressStyle'], string> = {
  formal: 'ông/bà',
  familiar: 'anh/chị',
};

const quoted = (text: string) => (text === '' ? '(trống)' : `“${text}”`);
const stageName = (stage: CourtesyScript['stage']) => (stage === 'any' ? 'Mọi lúc' : STAGE_LABEL[stage]);
const scriptName = (s: CourtesyScript) => `“${s.title}” (${stageName(s.stage)})`;

function dayChanges(label: string, before: string[], after: string[]): string[] {
  const added = after.filter((d) => !before.includes(d));
  const removed = before.filter((d) => !after.includes(d));
  const parts = [
    added.length > 0 && `thêm ${added.map(displayDate).join(', ')}`,
    removed.length > 0 && `bỏ ${removed.map(displayDate).join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? [`${label}: ${parts.join('; ')}`] : [];
}

function deadlineChanges(before: Settings['deadline'], after: Settings['deadline']): string[] {
  const lines: string[] = [];
  if (before.soonWorkingDays !== after.soonWorkingDays)
    lines.push(`Báo “sắp đến hạn” khi còn: ${before.soonWorkingDays} → ${after.soonWorkingDays} ngày làm việc`);
  if (before.apologyExtraWorkingDays !== after.apologyExtraWorkingDays)
    lines.push(
      `Ngày hẹn mới trên phiếu xin lỗi: sau ${before.apologyExtraWorkingDays} → ${after.apologyExtraWorkingDays} ngày làm việc`,
    );
  const confirmed = after.confirmedYears.filter((year) => !before.confirmedYears.includes(year));
  const unconfirmed = before.confirmedYears.filter((year) => !after.confirmedYears.includes(year));
  if (confirmed.length > 0) lines.push(`Đã đối chiếu lịch nghỉ chính thức năm ${confirmed.join(', ')}`);
  if (unconfirmed.length > 0) lines.push(`Bỏ đánh dấu đã đối chiếu lịch nghỉ năm ${unconfirmed.join(', ')}`);
  return [
    ...lines,
    ...dayChanges('Ngày nghỉ thêm', before.extraDaysOff, after.extraDaysOff),
    ...dayChanges('Ngày làm việc bù', before.extraWorkingDays, after.extraWorkingDays),
  ];
}

function scriptChanges(before: CourtesyScript[], after: CourtesyScript[]): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((s) => [s.id, s]));
  const next = new Map(after.map((s) => [s.id, s]));
  for (const s of after) {
    const was = old.get(s.id);
    if (!was) {
      lines.push(`Thêm lời nói ${scriptName(s)}`);
      continue;
    }
    if (was.title !== s.title) lines.push(`Lời nói ${scriptName(was)}: đổi tên thành “${s.title}”`);
    if (was.stage !== s.stage) lines.push(`Lời nói ${scriptName(s)}: chuyển từ “${stageName(was.stage)}”`);
    if (was.text !== s.text) lines.push(`Lời nói ${scriptName(s)}: đổi nội dung thành “${s.text}”`);
    if (Boolean(was.disabled) !== Boolean(s.disabled))
      lines.push(`Lời nói ${scriptName(s)}: ${s.disabled ? 'tắt, không hiện nữa' : 'bật lại'}`);
  }
  for (const s of before) if (!next.has(s.id)) lines.push(`Bỏ lời nói ${scriptName(s)}`);
  const kept = (list: CourtesyScript[], other: Map<string, CourtesyScript>) =>
    list.filter((s) => other.has(s.id)).map((s) => s.id);
  if (kept(before, next).join('\n') !== kept(after, old).join('\n')) lines.push('Đổi thứ tự các lời nói');
  return lines;
}

function officeChanges(before: Settings['office'], after: Settings['office']): string[] {
  return (Object.keys(OFFICE_LABEL) as Array<keyof Settings['office']>)
    .filter((key) => before[key] !== after[key])
    .map((key) => `${OFFICE_LABEL[key]}: ${quoted(before[key])} → ${quoted(after[key])}`);
}

function letterChanges(before: Settings['letters'], after: Settings['letters']): string[] {
  const lines: string[] = [];
  if (before.addressStyle !== after.addressStyle)
    lines.push(`Cách xưng hô trong thư: ${ADDRESS_LABEL[before.addressStyle]} → ${ADDRESS_LABEL[after.addressStyle]}`);
  if (before.apologyNumberFormat !== after.apologyNumberFormat)
    lines.push(`Số phiếu xin lỗi: ${quoted(before.apologyNumberFormat)} → ${quoted(after.apologyNumberFormat)}`);
  if (before.condolenceMaxDays !== after.condolenceMaxDays)
    lines.push(`Thư chia buồn khi mất không quá: ${before.condolenceMaxDays} → ${after.condolenceMaxDays} ngày`);
  if (before.marriageGift !== after.marriageGift)
    lines.push(`Thư chúc mừng kết hôn: ${after.marriageGift ? 'có' : 'không'} dòng tặng quà`);
  if (
    before.familyCriteriaTitle !== after.familyCriteriaTitle ||
    before.familyCriteriaText !== after.familyCriteriaText
  )
    lines.push(
      after.familyCriteriaText.trim()
        ? 'Tiêu chí gia đình hạnh phúc: dùng văn bản của địa phương'
        : 'Tiêu chí gia đình hạnh phúc: dùng trích dẫn Quyết định 224/QĐ-BVHTTDL',
    );
  for (const kind of LETTER_KINDS) {
    const was = before.templates[kind];
    const now = after.templates[kind];
    if (!was && now) lines.push(`${LETTER_KIND_NAMES[kind]}: dùng mẫu riêng “${now.name}”`);
    else if (was && !now) lines.push(`${LETTER_KIND_NAMES[kind]}: trở về mẫu mặc định`);
    else if (was && now && JSON.stringify(was) !== JSON.stringify(now))
      lines.push(`${LETTER_KIND_NAMES[kind]}: đổi mẫu`);
  }
  return lines;
}

const DESK_SCREEN_LABEL: Record<
  Exclude<keyof DeskScreenSettings, 'slides' | 'procedures' | 'slideSeconds' | 'showFigures'>,
  string
> = {
  unitName: 'Tên bộ phận một cửa trên màn hình quầy',
  leaderName: 'Người trực đường dây nóng của lãnh đạo',
  leaderPhone: 'Đường dây nóng của lãnh đạo',
  unitPhone: 'Đường dây nóng của bộ phận một cửa',
  inspectionName: 'Tên tổ kiểm tra',
  inspectionPhone: 'Đường dây nóng của tổ kiểm tra',
  zaloName: 'Tên Zalo OA',
  zaloUrl: 'Đường dẫn Zalo OA',
  lookupUrl: 'Trang tra cứu hồ sơ',
};

const slideName = (slide: DeskSlide) =>
  `“${slide.title || (slide.planWords ? PLAN_LIST_NAMES[slide.planWords] : slide.text.split('\n')[0]?.slice(0, 40))}”`;

function deskScreenChanges(before: DeskScreenSettings, after: DeskScreenSettings): string[] {
  const lines = (Object.keys(DESK_SCREEN_LABEL) as Array<keyof typeof DESK_SCREEN_LABEL>)
    .filter((key) => before[key] !== after[key])
    .map((key) => `${DESK_SCREEN_LABEL[key]}: ${quoted(before[key])} → ${quoted(after[key])}`);
  if (before.slideSeconds !== after.slideSeconds)
    lines.push(`Mỗi khẩu hiệu hiện trên màn hình quầy: ${before.slideSeconds} → ${after.slideSeconds} giây`);
  if (before.showFigures !== after.showFigures)
    lines.push(`Số liệu trong ngày trên màn hình quầy: ${after.showFigures ? 'hiện' : 'ẩn'}`);
  const old = new Map(before.slides.map((s) => [s.id, s]));
  const next = new Map(after.slides.map((s) => [s.id, s]));
  for (const slide of after.slides) {
    const was = old.get(slide.id);
    if (!was) lines.push(`Thêm khẩu hiệu ${slideName(slide)}`);
    else if (was.title !== slide.title || was.text !== slide.text || was.planWords !== slide.planWords)
      lines.push(`Sửa khẩu hiệu ${slideName(slide)}`);
    else if (Boolean(was.disabled) !== Boolean(slide.disabled))
      lines.push(`Khẩu hiệu ${slideName(slide)}: ${slide.disabled ? 'tắt' : 'bật lại'}`);
  }
  for (const slide of before.slides) if (!next.has(slide.id)) lines.push(`Bỏ khẩu hiệu ${slideName(slide)}`);
  const order = (list: DeskSlide[], other: Map<string, DeskSlide>) =>
    list
      .filter((s) => other.has(s.id))
      .map((s) => s.id)
      .join('\n');
  if (order(before.slides, next) !== order(after.slides, old)) lines.push('Đổi thứ tự các khẩu hiệu');
  const procedures = (list: DeskScreenSettings['procedures']) => list.map((p) => `${p.name}\t${p.url}`);
  const was = procedures(before.procedures);
  const now = procedures(after.procedures);
  const added = after.procedures.filter((_, i) => !was.includes(now[i] ?? ''));
  const removed = before.procedures.filter((_, i) => !now.includes(was[i] ?? ''));
  for (const p of added) lines.push(`Thêm thủ tục niêm yết “${p.name}”`);
  for (const p of removed) lines.push(`Bỏ thủ tục niêm yết “${p.name}”`);
  return lines;
}

/** What was taught for a host, by field name: "Mã hồ sơ, Ngày hẹn trả, cột Mã hồ sơ". */
function taughtNames(recipe: Recipe): string {
  const names = (map: Recipe['fields'] | Recipe['columns'], prefix: string) =>
    RECIPE_FIELDS.filter((f) => map[f]).map((f) => `${prefix}${RECIPE_FIELD_LABEL[f]}`);
  return [...names(recipe.fields, ''), ...names(recipe.columns, 'cột ')].join(', ');
}

function locatorChanges(before: Recipe['fields'], after: Recipe['fields'], prefix: string): string[] {
  return RECIPE_FIELDS.flatMap((field) => {
    const [was, now, name] = [before[field], after[field], `${prefix}${RECIPE_FIELD_LABEL[field]}`];
    if (!was && now) return [`thêm ${name}`];
    if (was && !now) return [`bỏ ${name}`];
    return was && now && JSON.stringify(was) !== JSON.stringify(now) ? [`đổi cách tìm ${name}`] : [];
  });
}

function recipeChanges(before: Recipe[], after: Recipe[]): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((r) => [r.host, r]));
  for (const recipe of after) {
    const was = old.get(recipe.host);
    if (!was) {
      lines.push(`Thêm cách đọc cổng ${recipe.host}: ${taughtNames(recipe)}`);
      continue;
    }
    const parts = [
      ...locatorChanges(was.fields, recipe.fields, ''),
      ...locatorChanges(was.columns, recipe.columns, 'cột '),
    ];
    if (parts.length > 0) lines.push(`Cách đọc cổng ${recipe.host}: ${parts.join('; ')}`);
  }
  const kept = new Set(after.map((r) => r.host));
  for (const recipe of before) if (!kept.has(recipe.host)) lines.push(`Bỏ cách đọc cổng ${recipe.host}`);
  return lines;
}

function planChanges(before: Settings['plan'], after: Settings['plan']): string[] {
  return PLAN_LISTS.filter((key) => before[key] !== after[key]).map(
    (key) => `Lời “${PLAN_LIST_NAMES[key]}”: ${quoted(after[key])}`,
  );
}

/** What applying `after` over `before` changes, one Vietnamese line each, for the team lead to confirm. */
export function describeChanges(before: Settings, after: Settings): string[] {
  const register =
    before.register.retentionMonths === after.register.retentionMonths
      ? []
      : [`Thời gian lưu sổ theo dõi: ${before.register.retentionMonths} → ${after.register.retentionMonths} tháng`];
  if (before.register.shareDossierCodes !== after.register.shareDossierCodes)
    register.push(
      `Tệp sổ theo dõi của bàn ${after.register.shareDossierCodes ? 'kèm mã hồ sơ' : 'không kèm mã hồ sơ nữa'}`,
    );
  return [
    ...deadlineChanges(before.deadline, after.deadline),
    ...scriptChanges(before.scripts, after.scripts),
    ...officeChanges(before.office, after.office),
    ...letterChanges(before.letters, after.letters),
    ...register,
    ...recipeChanges(before.recipes, after.recipes),
    ...planChanges(before.plan, after.plan),
    ...deskScreenChanges(before.deskScreen, after.deskScreen),
  ];
}
