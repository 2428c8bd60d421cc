// Desk files for tests and the bench: figures made up from a seed, never from real registers.
import { DESK_FILE_APP, DESK_FILE_FORMAT, DESK_FILE_VERSION, type DeskFile, type DeskMonth } from './desk-file';
import { monthsBefore } from './months';

export interface MonthFigures {
  seen?: number;
  returned?: number;
  onTime?: number;
  birth?: number;
  marriage?: number;
  condolence?: number;
  thanks?: number;
  apology?: number;
  greeted?: number;
  asked?: number;
  thanked?: number;
  apologised?: number;
  codes?: string[];
}

export function deskMonth(month: string, f: MonthFigures = {}): DeskMonth {
  const entry: DeskMonth = {
    month,
    letters: {
      'birth-congratulation': f.birth ?? 0,
      'marriage-congratulation': f.marriage ?? 0,
      condolence: f.condolence ?? 0,
      'thank-you': f.thanks ?? 0,
      apology: f.apology ?? 0,
    },
    dossiersSeen: f.seen ?? 0,
    returned: f.returned ?? 0,
    returnedOnTime: f.onTime ?? 0,
    courtesy: {
      greeted: f.greeted ?? 0,
      askedPermission: f.asked ?? 0,
      thanked: f.thanked ?? 0,
      apologised: f.apologised ?? 0,
    },
  };
  if (f.codes) entry.dossierCodes = f.codes;
  return entry;
}

/** A stable id for desk number `n` of the fixtures. */
export const deskId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function deskFileOf(
  n: number,
  name: string,
  months: readonly DeskMonth[],
  exportedAt = '2026-11-25T02:00:00.000Z',
): DeskFile {
  return {
    app: DESK_FILE_APP,
    format: DESK_FILE_FORMAT,
    version: DESK_FILE_VERSION,
    exportedAt,
    desk: { id: deskId(n), name },
    months: [...months],
  };
}

/** `desks` desks with `months` months each up to `last`, figures varying by desk and month. */
export function manyDeskFiles(desks: number, months: number, last = '2026-11'): DeskFile[] {
  return Array.from({ length: desks }, (_, d) =>
    deskFileOf(
      d + 1,
      `Bàn ${d + 1}`,
      Array.from({ length: months }, (_, m) => {
        const seen = 40 + ((d * 7 + m * 5) % 60);
        const returned = Math.floor(seen * 0.8);
        return deskMonth(monthsBefore(last, months - 1 - m), {
          seen,
          returned,
          onTime: returned - ((d + m) % 4),
          birth: (d + m) % 6,
          marriage: (d + 2 * m) % 3,
          condolence: (d * m) % 2,
          thanks: m % 2,
          apology: (d + m) % 4,
          greeted: seen,
          asked: Math.floor(seen / 2),
          thanked: seen - 3,
          apologised: (d + m) % 4,
        });
      }),
    ),
  );
}
