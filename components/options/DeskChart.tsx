import { useId } from 'react';
import type { Figures } from '@/utils/register/commune-report';

const BARS: { label: string; value: (f: Figures) => number }[] = [
  { label: 'Hồ sơ đã xem', value: (f) => f.dossiersSeen },
  { label: 'Trả đúng hẹn', value: (f) => f.returnedOnTime },
  { label: 'Thư, phiếu đã in', value: (f) => f.lettersTotal },
  { label: 'Phiếu xin lỗi', value: (f) => f.apologies },
  { label: 'Lượt “4 xin”', value: (f) => f.courtesyTotal },
];

/**
 * One desk's figures as bars, in SVG with no library. For screen readers the chart names itself and points to the
 * table above it, which holds the same figures (the accessible equivalent).
 */
export function DeskChart({ desk, figures, tableId }: { desk: string; figures: Figures; tableId: string }) {
  const id = useId();
  const bars = BARS.map((bar) => ({ label: bar.label, value: bar.value(figures) }));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 24;
  const labelWidth = 130;
  const barWidth = 170;
  return (
    <figure className="crp-chart" data-testid="desk-chart" data-desk={desk}>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={tableId}
        width={labelWidth + barWidth + 60}
        height={bars.length * rowHeight + 8}
      >
        <title id={`${id}-title`}>
          {`${desk}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}. Số liệu đầy đủ ở bảng phía trên.`}
        </title>
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0, ${i * rowHeight + 4})`}>
            <text x={0} y={15} fontSize={12}>
              {bar.label}
            </text>
            <rect x={labelWidth} y={3} height={14} width={(bar.value / max) * barWidth} fill="#b45309" rx={2} />
            <text x={labelWidth + (bar.value / max) * barWidth + 6} y={15} fontSize={12}>
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{desk}</figcaption>
    </figure>
  );
}
