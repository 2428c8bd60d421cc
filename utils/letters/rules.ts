import type { Instant } from '../deadline';
import type { Dossier, DossierStatus } from '../dossier/types';
import { daysBetween, vietnamDayOf } from './date-words';
import type { DossierLetterKind, LetterEligibility } from './types';

/** Law on Civil Status: a birth is registered within 60 days; only on-time registrations get the letter. */
export const BIRTH_REGISTRATION_DAYS = 60;

/** Nothing more will be handed over: no apology, and no letter for a dossier that was refused or withdrawn. */
const CLOSED: ReadonlySet<DossierStatus> = new Set(['returned', 'rejected', 'withdrawn']);
const CANCELLED: ReadonlySet<DossierStatus> = new Set(['rejected', 'withdrawn']);

const CANCELLED_REASON = 'Hồ sơ bị từ chối hoặc đã rút: không gửi thư';

function birthLetter(dossier: Dossier, today: string): LetterEligibility {
  const kind = 'birth-congratulation';
  if (CANCELLED.has(dossier.status)) return { kind, applies: false, reason: CANCELLED_REASON };
  const birthDate = dossier.child?.birthDate;
  if (!birthDate) return { kind, applies: false, reason: 'Thiếu ngày sinh của trẻ' };
  const born = vietnamDayOf(birthDate);
  if (!born) return { kind, applies: false, reason: 'Ngày sinh của trẻ không hợp lệ' };
  const registered = vietnamDayOf(dossier.receivedAt) ?? vietnamDayOf(dossier.completedAt) ?? today;
  const days = daysBetween(born, registered);
  if (days < 0) return { kind, applies: false, reason: 'Ngày sinh của trẻ sau ngày đăng ký: cần kiểm tra lại' };
  if (days > BIRTH_REGISTRATION_DAYS) {
    return {
      kind,
      applies: false,
      reason: `Đăng ký khai sinh sau ${BIRTH_REGISTRATION_DAYS} ngày kể từ ngày sinh (${days} ngày): không gửi thư chúc mừng`,
    };
  }
  return { kind, applies: true, reason: `Đăng ký khai sinh đúng hạn (${days} ngày sau ngày sinh)` };
}

function civilStatusLetter(kind: DossierLetterKind, dossier: Dossier): LetterEligibility {
  return CANCELLED.has(dossier.status) ? { kind, applies: false, reason: CANCELLED_REASON } : { kind, applies: true };
}

function apology(dossier: Dossier, today: string): LetterEligibility {
  const kind = 'apology';
  if (CLOSED.has(dossier.status)) return { kind, applies: false, reason: 'Hồ sơ đã kết thúc: không cần phiếu xin lỗi' };
  const due = vietnamDayOf(dossier.dueAt);
  if (!due) {
    // Without a return date, trust the portal's own "Quá hạn".
    return dossier.status === 'overdue'
      ? { kind, applies: true, reason: 'Cổng ghi hồ sơ quá hạn' }
      : { kind, applies: false, reason: 'Thiếu ngày hẹn trả kết quả' };
  }
  const late = daysBetween(due, today);
  return late > 0
    ? { kind, applies: true, reason: `Quá ngày hẹn trả kết quả ${late} ngày` }
    : { kind, applies: false, reason: 'Hồ sơ chưa quá ngày hẹn trả kết quả' };
}

/** Every letter a dossier could call for, whether it applies today, and why (not). */
export function letterEligibility(dossier: Dossier, today: Instant): LetterEligibility[] {
  const day = vietnamDayOf(today);
  if (!day) throw new RangeError(`Not a date: ${String(today)}`);
  const letters: LetterEligibility[] = [];
  if (dossier.kind === 'birth') letters.push(birthLetter(dossier, day));
  if (dossier.kind === 'marriage') letters.push(civilStatusLetter('marriage-congratulation', dossier));
  if (dossier.kind === 'death') letters.push(civilStatusLetter('condolence', dossier));
  letters.push(apology(dossier, day));
  return letters;
}

/** The letters that apply to a dossier today (Vietnam time). */
export function lettersFor(dossier: Dossier, today: Instant): DossierLetterKind[] {
  return letterEligibility(dossier, today)
    .filter((letter) => letter.applies)
    .map((letter) => letter.kind);
}
