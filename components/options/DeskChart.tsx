import { useId } from 'react';
import { type Figures, HEADLINE_FIGURES } from '@/utils/register/commune-report';
import { BarChart } from './BarChart';

const LAYOUT = {
  rowHeight: 24,
  labelWidth: 130,
  barWidth: 170,
  valueWidth: 60,
  fontSize: 12,
  barHeight: 14,
  baseline: 15,
};

/**
 * One desk's figures as bars. For screen readers the chart names itself and points to the table above it, which
 * holds the same figures (the accessible equivalent).
 */
export function DeskChart({ desk, figures, tableId }: { desk: string; figures: Figures; tableId: string }) {
  const id = useId();
  const bars = HEADLINE_FIGURES.map((figure) => ({ label: figure.label, value: figure.value(figures) }));
  return (
    <figure className="crp-chart" data-testid="desk-chart" data-desk={desk}>
      <BarChart bars={bars} layout={LAYOUT} aria-labelledby={`${id}-title`} aria-describedby={tableId}>
        <title id={`${id}-title`}>
          {`${desk}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}. Số liệu đầy đủ ở bảng phía trên.`}
        </title>
      </BarChart>
      <figcaption>{desk}</figcaption>
    </figure>
  );
}
