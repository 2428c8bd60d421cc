// A desk's register for tests: made-up codes, never a real one.
import type { Register } from './register-types';

/**
 * Three months of one desk: November with letters of two kinds, a dossier returned late and one still open, and the
 * courtesy counted; October with one condolence; September with an apology said and nothing else.
 */
export const REGISTER: Register = {
  letters: [
    { id: 'a', printedAt: '2026-11-03T09:00:00+07:00', kind: 'birth-congratulation', dossierCode: 'H56-1' },
    { id: 'b', printedAt: '2026-11-04T09:00:00+07:00', kind: 'birth-congratulation', dossierCode: 'H56-2' },
    { id: 'c', printedAt: '2026-11-05T09:00:00+07:00', kind: 'apology', dossierCode: 'H56-3', note: 'trao tại nhà' },
    { id: 'd', printedAt: '2026-10-30T09:00:00+07:00', kind: 'condolence', dossierCode: 'H56-4' },
  ],
  seen: [
    { month: '2026-11', code: 'H56-1', kind: 'birth', outcome: 'on-time' },
    { month: '2026-11', code: 'H56-2', kind: 'birth', outcome: 'on-time' },
    { month: '2026-11', code: 'H56-3', kind: 'other', outcome: 'late' },
    { month: '2026-11', code: 'H56-5', kind: 'marriage', outcome: 'open' },
    { month: '2026-10', code: 'H56-4', kind: 'death', outcome: 'on-time' },
  ],
  courtesy: { '2026-11': { greeted: 7, thanked: 3 }, '2026-09': { apologised: 1 } },
};
