/** A bar per figure: enough to see the month at a glance, drawn in SVG with no library. */
export function ReportChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 26;
  const labelWidth = 210;
  const barWidth = 260;
  return (
    <svg
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}
      width={labelWidth + barWidth + 50}
      height={bars.length * rowHeight + 8}
      className="opt-chart"
      data-testid="report-chart"
    >
      {bars.map((bar, i) => (
        <g key={bar.label} transform={`translate(0, ${i * rowHeight + 4})`}>
          <text x={0} y={16} fontSize={13}>
            {bar.label}
          </text>
          <rect x={labelWidth} y={3} height={16} width={(bar.value / max) * barWidth} fill="#b45309" rx={2} />
          <text x={labelWidth + (bar.value / max) * barWidth + 6} y={16} fontSize={13}>
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
