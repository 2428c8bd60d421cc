import { type Bar, BarChart } from './BarChart';

const LAYOUT = {
  rowHeight: 26,
  labelWidth: 210,
  barWidth: 260,
  valueWidth: 50,
  fontSize: 13,
  barHeight: 16,
  baseline: 16,
};

/** A bar per figure: enough to see the month at a glance. */
export function ReportChart({ title, bars }: { title: string; bars: Bar[] }) {
  return (
    <BarChart
      bars={bars}
      layout={LAYOUT}
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}
      className="opt-chart"
      data-testid="report-chart"
    />
  );
}
