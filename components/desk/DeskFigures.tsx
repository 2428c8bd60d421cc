import { memo } from 'react';
import type { DeskFigures as Figures } from '@/utils/desk/figures';

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** Today's and this month's totals from the register: counts only, never a name or a dossier code. */
export const DeskFigures = memo(function DeskFigures({ figures }: { figures: Figures }) {
  return (
    <footer
      className="desk-figures"
      data-testid="desk-figures"
      data-day={figures.day}
      data-letters-today={figures.lettersToday}
      data-returned={figures.returnedThisMonth}
      data-on-time={figures.onTimeThisMonth}
    >
      <p data-testid="desk-figure-letters">
        Hôm nay đã trao <strong>{figures.lettersToday}</strong> thư chúc mừng, chia buồn, cảm ơn
      </p>
      <p data-testid="desk-figure-returned">
        Tháng {monthLabel(figures.month)}: <strong>{figures.returnedThisMonth}</strong> hồ sơ đã trả kết quả,{' '}
        <strong>{figures.onTimeThisMonth}</strong> đúng hẹn
      </p>
    </footer>
  );
});
