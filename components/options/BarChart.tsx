import type { ReactNode, SVGProps } from 'react';

export interface Bar {
  label: string;
  value: number;
}

/** The sizes a chart is drawn at: the month's chart is larger than a desk's among others. */
export interface BarLayout {
  rowHeight: number;
  labelWidth: number;
  barWidth: number;
  /** Room right of the longest bar, for its number. */
  valueWidth: number;
  fontSize: number;
  barHeight: number;
  /** Where the words stand in a row. */
  baseline: number;
}

/** Every chart is named for screen readers: by its words, or by the element that holds them (its <title>). */
type ChartName = { 'aria-label': string } | { 'aria-labelledby': string };

/**
 * A bar per figure, the largest the full width, in SVG with no library. `children` go before the bars (a <title>);
 * the rest are the svg's own attributes.
 */
export function BarChart({
  bars,
  layout,
  children,
  ...svg
}: { bars: readonly Bar[]; layout: BarLayout; children?: ReactNode } & ChartName & SVGProps<SVGSVGElement>) {
  const { rowHeight, labelWidth, barWidth, valueWidth, fontSize, barHeight, baseline } = layout;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: ChartName makes every caller name the chart.
    <svg role="img" width={labelWidth + barWidth + valueWidth} height={bars.length * rowHeight + 8} {...svg}>
      {children}
      {bars.map((bar, i) => {
        const width = (bar.value / max) * barWidth;
        return (
          <g key={bar.label} transform={`translate(0, ${i * rowHeight + 4})`}>
            <text x={0} y={baseline} fontSize={fontSize}>
              {bar.label}
            </text>
            <rect x={labelWidth} y={3} height={barHeight} width={width} fill="#b45309" rx={2} />
            <text x={labelWidth + width + 6} y={baseline} fontSize={fontSize}>
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
