import { memo, useId, useMemo } from 'react';
import { Area, Bar, ComposedChart, ReferenceArea, ReferenceLine, usePlotArea, XAxis, YAxis } from 'recharts';
import type { FieldDefaults } from '../../../../electron/contract';
import { seriesDash } from '../lib/palette';
import { thresholdBands } from '../lib/thresholds';
import { formatAxisTick } from '../lib/units';
import { timeTicks } from '../../../format';
import { formatTimeTick } from '../lib/time-format';
import { niceTicks } from '../lib/ticks';
import type { SeriesStyle } from './panel-options';
import { areaPath, linePath } from './series-path';
import type { PlotMapping } from './series-path';
import { gridRows, seriesPoints, valueExtent } from './timeseries-data';
import type { Frame } from './types';

/** Fixed plot geometry, so the overlay (crosshair, zoom, tooltip) can map pixels to times without asking recharts. */
export const PLOT_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
export const Y_AXIS_WIDTH = 64;
export const X_AXIS_HEIGHT = 22;

type Props = {
  frames: Frame[];
  /** Which series to draw (by index into frames). */
  shown: boolean[];
  style: SeriesStyle;
  defaults: FieldDefaults;
  from: number;
  to: number;
  width: number;
  height: number;
  palette: 'default' | 'high-contrast';
  /** Each series' colour, by index into frames (the palette's, or a fixed colour from an override). */
  colours: string[];
};

/** The drawing itself, memoised on its data so mouse movement over the overlay never redraws the series. */
export const TimeSeriesChart = memo(function TimeSeriesChart({ frames, shown, style, defaults, from, to, width, height, palette, colours }: Props) {
  const plotWidth = Math.max(10, width - Y_AXIS_WIDTH - PLOT_MARGIN.right);
  const stacked = style.stacking !== 'none';
  const shared = stacked || style.drawStyle === 'bars';
  const visible = useMemo(() => frames.map((f, i) => ({ f, i })).filter(({ i }) => shown[i]), [frames, shown]);
  const points = useMemo(() => (shared ? [] : seriesPoints(visible.map((v) => v.f), plotWidth)), [shared, visible, plotWidth]);
  const rows = useMemo(() => (shared ? gridRows(visible.map((v) => v.f), style.drawStyle === 'bars' ? plotWidth / 4 : plotWidth) : undefined), [shared, visible, plotWidth, style.drawStyle]);
  const y = useMemo(() => yAxis(visible.map((v) => v.f), defaults, style, height), [visible, defaults, style, height]);
  const xTicks = useMemo(() => timeTicks(from, to, Math.max(2, Math.floor(plotWidth / 90))), [from, to, plotWidth]);
  const bands = style.thresholdsStyle === 'off' ? [] : thresholdBands(defaults.thresholds, { min: y.min, max: y.max });
  const fill = style.fillOpacity / 100;

  return (
    <ComposedChart width={width} height={height} data={rows} margin={PLOT_MARGIN} stackOffset={style.stacking === 'percent' ? 'expand' : 'none'}>
      <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} allowDataOverflow ticks={xTicks} tickFormatter={(t: number) => formatTimeTick(t, to - from)} height={X_AXIS_HEIGHT} stroke="currentColor" />
      <YAxis type="number" domain={[y.min, y.max]} ticks={y.ticks} allowDataOverflow width={Y_AXIS_WIDTH} tickFormatter={(v: number) => formatAxisTick(v, y.unit, y.step)} stroke="currentColor" />
      {(style.thresholdsStyle === 'area' || style.thresholdsStyle === 'line+area') &&
        bands.map((b) => <ReferenceArea key={`a${b.from}`} y1={b.from} y2={b.to} fill={b.color} fillOpacity={0.12} ifOverflow="hidden" />)}
      {style.thresholdsStyle !== 'off' && style.thresholdsStyle !== 'area' &&
        bands.slice(1).map((b) => <ReferenceLine key={`l${b.from}`} y={b.from} stroke={b.color} strokeDasharray={style.thresholdsStyle.includes('dashed') ? '6 4' : undefined} ifOverflow="hidden" />)}
      {shared &&
        visible.map(({ f, i }, k) => {
          const common = { name: f.name, isAnimationActive: false, activeDot: false, stroke: colours[i], strokeWidth: style.lineWidth, strokeDasharray: seriesDash(i, palette) };
          if (style.drawStyle === 'bars') return <Bar key={i} {...common} dataKey={`s${k}`} fill={colours[i]} fillOpacity={Math.max(fill, 0.6)} stackId={stacked ? 'stack' : undefined} />;
          const dot = style.drawStyle === 'points' || style.showPoints === 'always' ? { r: 2, fill: colours[i] } : false;
          return <Area key={i} {...common} type="linear" dataKey={`s${k}`} fill={colours[i]} fillOpacity={fill} stackId="stack" dot={dot} connectNulls={false} />;
        })}
      {!shared && <SeriesPaths series={visible.map(({ i }, k) => ({ index: i, points: points[k] ?? { times: [], values: [] } }))} style={style} palette={palette} colours={colours} from={from} to={to} min={y.min} max={y.max} />}
    </ComposedChart>
  );
});

type PathSeries = { index: number; points: { times: number[]; values: number[] } };

/**
 * Unstacked lines and areas as plain SVG paths in the plot recharts laid out: one element per series instead
 * of recharts' per-point shapes and per-series store entries, which is what keeps a 12-panel refresh cheap.
 */
function SeriesPaths({ series, style, palette, colours, from, to, min, max }: { series: PathSeries[]; style: SeriesStyle; palette: 'default' | 'high-contrast'; colours: string[]; from: number; to: number; min: number; max: number }) {
  const area = usePlotArea();
  const clipId = useId();
  if (!area) return null;
  const plot = { x: area.x, y: area.y, width: area.width, height: area.height, from, to, min, max };
  const fill = style.fillOpacity / 100;
  const points = style.drawStyle === 'points' || style.showPoints === 'always';
  return (
    <g className="series-paths">
      <clipPath id={clipId}>
        <rect x={area.x} y={area.y} width={area.width} height={area.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {series.map(({ index, points: p }) => {
          const colour = colours[index];
          return (
            <g key={index}>
              {fill > 0 && <path d={areaPath(p.times, p.values, plot)} fill={colour} fillOpacity={fill} stroke="none" />}
              {style.drawStyle !== 'points' && (
                <path d={linePath(p.times, p.values, plot)} fill="none" stroke={colour} strokeWidth={style.lineWidth} strokeDasharray={seriesDash(index, palette)} strokeLinejoin="round" />
              )}
              {points && <path d={dotsPath(p.times, p.values, plot)} fill="none" stroke={colour} strokeWidth={4} strokeLinecap="round" />}
            </g>
          );
        })}
      </g>
    </g>
  );
}

/** Points as zero-length round-capped segments: one path for a whole series. */
function dotsPath(times: number[], values: number[], plot: PlotMapping): string {
  return linePath(times, values, plot)
    .split(/(?=[ML])/)
    .map((step) => `M${step.slice(1)}h0`)
    .join('');
}

function yAxis(frames: Frame[], defaults: FieldDefaults, style: SeriesStyle, height: number) {
  const percent = style.stacking === 'percent';
  const extent = percent ? { min: 0, max: 1 } : valueExtent(frames, style.stacking === 'normal');
  const bars = style.drawStyle === 'bars' || style.fillOpacity > 0 || style.stacking !== 'none';
  const rawMin = typeof defaults.min === 'number' && !percent ? defaults.min : Number.isFinite(extent.min) ? (bars ? Math.min(0, extent.min) : extent.min) : 0;
  const rawMax = typeof defaults.max === 'number' && !percent ? defaults.max : Number.isFinite(extent.max) ? extent.max : 1;
  const nice = niceTicks(rawMin, rawMax, Math.max(2, Math.floor((height - X_AXIS_HEIGHT) / 40)));
  // An explicit min/max is a hard edge, as in Grafana; otherwise the axis rounds out to the nice ticks.
  const min = typeof defaults.min === 'number' && !percent ? defaults.min : nice.min;
  const max = typeof defaults.max === 'number' && !percent ? defaults.max : nice.max;
  return { min, max, ticks: nice.ticks.filter((t) => t >= min && t <= max), step: nice.step, unit: percent ? 'percentunit' : defaults.unit };
}

