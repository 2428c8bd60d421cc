import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { registrationDay } from './registration';

const TODAY = '2026-03-12';
const MARRIAGE: Dossier = {
  code: '000.00.31.H01-260302-0001',
  procedureName: 'Đăng ký kết hôn',
  kind: 'marriage',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicant: { name: 'Lê Văn Dũng' },
  receivedAt: '2026-03-02T08:00:00+07:00',
};

describe('registrationDay (the day a marriage letter names)', () => {
  it.each<[string, Partial<Dossier>, ReturnType<typeof registrationDay>]>([
    ['nobody knows it while processing', {}, undefined],
    ['the day the officer entered', { registeredAt: '2026-03-09' }, { day: '2026-03-09', source: 'entered' }],
    [
      'the result date the page shows',
      { status: 'returned', completedAt: '2026-03-11T10:00:00+07:00' },
      { day: '2026-03-11', source: 'page' },
    ],
    ['today, once the result is ready', { status: 'result-ready' }, { day: TODAY, source: 'today' }],
    ['never the reception day', { status: 'new' }, undefined],
    [
      'the entered day, with the page’s different result date beside it',
      { status: 'returned', registeredAt: '2026-03-09', completedAt: '2026-03-11' },
      { day: '2026-03-09', source: 'entered', pageDay: '2026-03-11' },
    ],
    [
      'the entered day, the same as the page’s',
      { status: 'returned', registeredAt: '2026-03-11', completedAt: '2026-03-11T15:00:00+07:00' },
      { day: '2026-03-11', source: 'entered' },
    ],
  ])('%s', (_, change, expected) => expect(registrationDay({ ...MARRIAGE, ...change }, TODAY)).toEqual(expected));
});
