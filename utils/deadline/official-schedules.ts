/**
 * DATA: holiday schedules as the government announced them for civil servants (Saturday and Sunday off), one entry
 * per year. Each break lists every day off from first to last, weekends included, exactly as announced, with the
 * weekend days worked in exchange. Add a year when its schedule is announced (usually in the autumn before);
 * occasions left out follow the Labour Code rules in holidays.ts.
 */
import type { OfficialSchedule } from './holidays';

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = {
  2024: {
    source: 'Bộ Lao động - Thương binh và Xã hội, thông báo lịch nghỉ lễ, Tết năm 2024',
    breaks: {
      'new-year': { from: '2024-01-01', to: '2024-01-01' },
      // 29 tháng Chạp Quý Mão to mùng 5 Tết Giáp Thìn.
      tet: { from: '2024-02-08', to: '2024-02-14' },
      'hung-kings': { from: '2024-04-18', to: '2024-04-18' },
      // Monday 29/4 given off, worked on Saturday 4/5.
      'reunification-labour': { from: '2024-04-27', to: '2024-05-01', makeUpWorkingDays: ['2024-05-04'] },
      'national-day': { from: '2024-08-31', to: '2024-09-03' },
    },
  },
  2025: {
    source: 'Văn phòng Chính phủ / Bộ Lao động - Thương binh và Xã hội, lịch nghỉ lễ, Tết năm 2025',
    breaks: {
      'new-year': { from: '2025-01-01', to: '2025-01-01' },
      // 26 tháng Chạp Giáp Thìn to mùng 5 Tết Ất Tỵ.
      tet: { from: '2025-01-25', to: '2025-02-02' },
      'hung-kings': { from: '2025-04-05', to: '2025-04-07' },
      // Friday 2/5 given off, worked on Saturday 26/4.
      'reunification-labour': { from: '2025-04-30', to: '2025-05-04', makeUpWorkingDays: ['2025-04-26'] },
      'national-day': { from: '2025-08-30', to: '2025-09-02' },
    },
  },
  2026: {
    source: 'Bộ Nội vụ, lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026 (10/2025); VPCP 12729/VPCP-KGVX (25/12/2025)',
    breaks: {
      // Friday 2/1 given off, worked on Saturday 10/1.
      'new-year': { from: '2026-01-01', to: '2026-01-04', makeUpWorkingDays: ['2026-01-10'] },
      // 27 tháng Chạp Ất Tỵ to mùng 6 Tết Bính Ngọ; the weekdays off are 16–20/2.
      tet: { from: '2026-02-14', to: '2026-02-22' },
      // 10/3 âm lịch is Sunday 26/4, so Monday 27/4 is the substitute day.
      'hung-kings': { from: '2026-04-25', to: '2026-04-27' },
      'reunification-labour': { from: '2026-04-30', to: '2026-05-03' },
      // 2/9 and 1/9 by law; Monday 31/8 given off, worked on Saturday 22/8.
      'national-day': { from: '2026-08-29', to: '2026-09-02', makeUpWorkingDays: ['2026-08-22'] },
    },
  },
};
