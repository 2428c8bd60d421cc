import { clockOwner, createCalendar, type Instant, periodEnd, type WorkingCalendar } from '../deadline';
import type { CivilEvent, NonEventAct } from '../dossier/kind';
import { readProcedure } from '../dossier/kind';
import type { Dossier, DossierStatus } from '../dossier/types';
import { displayDate } from '../format/display-date';
import { daysBetween, vietnamDayOf } from './date-words';
import type { DossierLetterKind, IssuedApology, LetterEligibility } from './types';

/** Law on Civil Status art. 15: a birth is registered within 60 days; the plan congratulates on-time registrations. */
export const BIRTH_REGISTRATION_DAYS = 60;

/** A condolence "vô cùng xúc động được tin" makes no sense for a death long past: a setting, this by default. */
export const DEFAULT_CONDOLENCE_MAX_DAYS = 60;

/** What the rules need beyond the dossier; each has a default. */
export interface LetterContext {
  /** The working-day calendar with the team lead's days (official schedules and the law otherwise). */
  calendar?: Pick<WorkingCalendar, 'isWorkingDay' | 'nextWorkingDay' | 'addWorkingDays'>;
  /** Days after a death beyond which no condolence letter is proposed. */
  condolenceMaxDays?: number;
  /** The apology slip already entered in the register for this dossier. */
  issuedApology?: IssuedApology;
}

type RuleContext = LetterContext & Required<Pick<LetterContext, 'calendar'>>;

const LETTER_OF: Readonly<Record<CivilEvent, DossierLetterKind>> = {
  birth: 'birth-congratulation',
  marriage: 'marriage-congratulation',
  death: 'condolence',
};

/** Why a procedure that names an event gets no letter of that event. */
const NOT_AN_EVENT: Readonly<Record<NonEventAct, string>> = {
  copy: 'Thủ tục cấp bản sao, trích lục giấy tờ hộ tịch đã đăng ký, không phải sự kiện mới: không có thư',
  reissue: 'Thủ tục cấp lại giấy tờ đã cấp, không phải sự kiện mới: không có thư',
  're-registration': 'Đăng ký lại sự kiện hộ tịch đã có từ trước, không phải sự kiện mới: không có thư',
  'status-confirmation': 'Xác nhận tình trạng hôn nhân không phải đăng ký kết hôn: không có thư',
  correction: 'Thủ tục cải chính, thay đổi, bổ sung thông tin hộ tịch, không phải sự kiện mới: không có thư',
  recording: 'Ghi vào sổ hộ tịch việc đã đăng ký ở nơi khác, không phải sự kiện mới: không có thư',
  annulment: 'Thủ tục hủy, thu hồi việc hộ tịch đã đăng ký, không phải sự kiện mới: không có thư',
};

const CANCELLED: ReadonlySet<DossierStatus> = new Set(['rejected', 'withdrawn']);
const CANCELLED_REASON = 'Hồ sơ bị từ chối hoặc đã rút: không gửi thư';

const refused = (kind: DossierLetterKind, reason: string): LetterEligibility => ({ kind, applies: false, reason });

function birthLetter(dossier: Dossier, calendar: RuleContext['calendar']): LetterEligibility {
  const kind = 'birth-congratulation';
  const birthDate = dossier.child?.birthDate;
  if (!birthDate) return refused(kind, 'Thiếu ngày sinh của trẻ');
  const born = vietnamDayOf(birthDate);
  if (!born) return refused(kind, 'Ngày sinh của trẻ không hợp lệ');
  // Counted to the day the dossier was received: that is when the family registered.
  const registered = vietnamDayOf(dossier.receivedAt);
  if (!registered) {
    return refused(kind, 'Chưa có ngày tiếp nhận hồ sơ: anh/chị nhập ngày tiếp nhận để biết đăng ký có đúng hạn không');
  }
  const days = daysBetween(born, registered);
  if (days < 0) return refused(kind, 'Ngày sinh của trẻ sau ngày tiếp nhận hồ sơ: cần kiểm tra lại');
  const lastDay = periodEnd(born, BIRTH_REGISTRATION_DAYS, calendar);
  const late = daysBetween(lastDay, registered);
  if (late > 0) {
    return refused(kind, `Đăng ký sau ${days} ngày, quá hạn ${late} ngày: theo kế hoạch không trao thư chúc mừng`);
  }
  const extended =
    days > BIRTH_REGISTRATION_DAYS
      ? `, vì ngày thứ ${BIRTH_REGISTRATION_DAYS} rơi vào ngày nghỉ nên hạn kéo đến hết ngày ${displayDate(lastDay)}`
      : '';
  return { kind, applies: true, reason: `Đăng ký đúng hạn (${days} ngày sau ngày sinh${extended})` };
}

function condolence(dossier: Dossier, today: string, maxDays: number): LetterEligibility {
  const kind = 'condolence';
  const died = vietnamDayOf(dossier.deceased?.deathDate);
  // Without the date the letter lists it as missing; with it, a death long past gets no "được tin" letter.
  if (!died) return { kind, applies: true };
  const registered = vietnamDayOf(dossier.receivedAt) ?? today;
  const days = daysBetween(died, registered);
  if (days > maxDays) {
    return refused(
      kind,
      `Người mất đã mất ${days} ngày trước khi đăng ký khai tử (quá ${maxDays} ngày): không gửi thư chia buồn`,
    );
  }
  return { kind, applies: true };
}

/**
 * The apology slip: offered from 1 working day before the due date (the law: at the latest 1 day before it) until
 * the dossier closes, once per dossier; never while the citizen has the dossier or once the result is ready by the
 * appointment (a result made ready late still owes it).
 */
function apology(dossier: Dossier, today: string, context: RuleContext): LetterEligibility {
  const kind = 'apology';
  const owner = clockOwner(dossier.status, dossier);
  if (owner === 'nobody')
    return refused(kind, 'Hồ sơ đã có kết quả đúng hẹn hoặc đã kết thúc: không cần phiếu xin lỗi');
  if (owner === 'citizen') {
    return refused(
      kind,
      'Hồ sơ đang chờ công dân bổ sung hoặc tạm dừng: không tính là trễ hẹn, không lập phiếu xin lỗi',
    );
  }
  const issued = context.issuedApology;
  if (issued) {
    return refused(
      kind,
      `Đã lập phiếu xin lỗi số ${issued.number} ngày ${displayDate(issued.issuedOn)}, hẹn trả ngày ${displayDate(issued.newReturnDate)}: mỗi hồ sơ chỉ lập một phiếu và chỉ hẹn lại một lần`,
    );
  }
  const due = vietnamDayOf(dossier.dueAt);
  if (!due) {
    // Without a return date, trust the portal's own "Quá hạn".
    return dossier.status === 'overdue'
      ? { kind, applies: true, reason: 'Cổng ghi hồ sơ quá hạn' }
      : refused(kind, 'Thiếu ngày hẹn trả kết quả');
  }
  const from = context.calendar.addWorkingDays(due, -1);
  if (today < from) {
    return refused(
      kind,
      `Chưa đến lúc lập phiếu: nếu hồ sơ có nguy cơ trễ hẹn, lập phiếu từ ngày ${displayDate(from)}, 1 ngày làm việc trước ngày hẹn trả`,
    );
  }
  const late = daysBetween(due, today);
  return late > 0
    ? { kind, applies: true, reason: `Đã quá ngày hẹn trả kết quả ${late} ngày` }
    : {
        kind,
        applies: true,
        reason:
          'Sắp đến ngày hẹn trả: nếu không kịp trả đúng hẹn, lập phiếu xin lỗi ngay, chậm nhất 1 ngày trước ngày hẹn',
      };
}

/** The event letter of a dossier, or why there is none. */
function eventLetter(dossier: Dossier, today: string, context: RuleContext): LetterEligibility | undefined {
  const meaning = readProcedure(dossier.procedureName);
  // A copy, a re-issue, a re-registration… names an event that is not happening now, whatever kind was chosen.
  const named = meaning.mentions ?? (dossier.kind === 'other' ? undefined : dossier.kind);
  if (!named) return undefined;
  const kind = LETTER_OF[named];
  if (meaning.act) return refused(kind, NOT_AN_EVENT[meaning.act]);
  if (CANCELLED.has(dossier.status)) return refused(kind, CANCELLED_REASON);
  switch (kind) {
    case 'birth-congratulation':
      return birthLetter(dossier, context.calendar);
    case 'condolence':
      return condolence(dossier, today, context.condolenceMaxDays ?? DEFAULT_CONDOLENCE_MAX_DAYS);
    default:
      return { kind, applies: true };
  }
}

/** Every letter a dossier could call for, whether it applies today, and why (not). */
export function letterEligibility(dossier: Dossier, today: Instant, context: LetterContext = {}): LetterEligibility[] {
  const day = vietnamDayOf(today);
  if (!day) throw new RangeError(`Not a date: ${String(today)}`);
  const rules: RuleContext = { ...context, calendar: context.calendar ?? createCalendar() };
  const event = eventLetter(dossier, day, rules);
  return [...(event ? [event] : []), apology(dossier, day, rules)];
}

/** The letters that apply to a dossier today (Vietnam time). */
export function lettersFor(dossier: Dossier, today: Instant, context?: LetterContext): DossierLetterKind[] {
  return letterEligibility(dossier, today, context)
    .filter((letter) => letter.applies)
    .map((letter) => letter.kind);
}
