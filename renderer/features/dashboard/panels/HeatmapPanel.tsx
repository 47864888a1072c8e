import type { MouseEvent } from 'react';
import { memo, useMemo, useState } from 'react';
import { bucketsToHeatmap, HEAT_STOPS, heatColor } from '../lib/heatmap';
import type { HeatmapGrid } from '../lib/heatmap';
import { timeTicks } from '../../../format';
import { formatTimeTick, formatTimestamp } from '../lib/time-format';
import { formatText } from '../lib/units';
import { PanelMessage } from './PanelMessage';
import { fieldDefaults } from './panel-options';
import type { PanelProps } from './types';

const AXIS_LEFT = 64;
const AXIS_BOTTOM = 20;
const LEGEND_HEIGHT = 22;

/** Merges adjacent time columns (by mean) until there are no more than `columns`, so cells are at least a pixel wide. */
function thinColumns(grid: HeatmapGrid, columns: number): HeatmapGrid {
  if (grid.times.length <= columns) return grid;
  const group = Math.ceil(grid.times.length / columns);
  const times = grid.times.filter((_, i) => i % group === 0);
  let max = 0;
  const counts = grid.counts.map((row) =>
    times.map((_, c) => {
      const slice = row.slice(c * group, (c + 1) * group).filter((v) => !Number.isNaN(v));
      const mean = slice.length ? slice.reduce((a, b) => a + b, 0) / slice.length : NaN;
      if (mean > max) max = mean;
      return mean;
    }),
  );
  return { ...grid, times, counts, max };
}

/**
 * Grafana's heatmap for Prometheus histograms: cumulative `le` buckets become per-bucket counts, drawn as cells by
 * time (x) and bucket (y, one row per bucket as Grafana does for `le` buckets), coloured on viridis, with the
 * colour scale below and a tooltip naming the bucket and count.
 */
export const HeatmapPanel = memo(function HeatmapPanel({ panel, data, range, width, height }: PanelProps) {
  const unit = fieldDefaults(panel).unit;
  const plotWidth = Math.max(10, width - AXIS_LEFT);
  const plotHeight = Math.max(10, height - AXIS_BOTTOM - LEGEND_HEIGHT);
  const grid = useMemo(() => thinColumns(bucketsToHeatmap(data.frames), Math.floor(plotWidth / 2)), [data.frames, plotWidth]);
  const [hover, setHover] = useState<{ column: number; bucket: number; x: number; y: number } | undefined>(undefined);
  const buckets = grid.upper.length;
  if (data.state === 'error' || buckets === 0 || grid.times.length === 0) {
    // Series without `le` are not histogram buckets: say so rather than a bare "No data".
    const hint = data.frames.length > 0 ? 'No histogram buckets: a heatmap needs series with an le label (…_bucket)' : fieldDefaults(panel).noValue;
    return <PanelMessage data={data} empty noValue={hint} />;
  }

  const span = range.to - range.from || 1;
  const step = grid.times.length > 1 ? (grid.times[grid.times.length - 1]! - grid.times[0]!) / (grid.times.length - 1) : range.intervalMs || span;
  const x = (t: number) => AXIS_LEFT + ((t - step - range.from) / span) * plotWidth;
  const cellWidth = Math.max(1, (step / span) * plotWidth);
  const rowHeight = plotHeight / buckets;
  const bound = (v: number) => (v === Infinity ? '+Inf' : formatText(v, { unit }));
  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const t = range.from + ((px - AXIS_LEFT) / plotWidth) * span + step;
    let column = 0;
    grid.times.forEach((time, i) => Math.abs(time - t) < Math.abs(grid.times[column]! - t) && (column = i));
    const bucket = buckets - 1 - Math.floor(py / rowHeight);
    setHover(px >= AXIS_LEFT && bucket >= 0 && bucket < buckets ? { column, bucket, x: px, y: py } : undefined);
  };
  const hovered = hover && { count: grid.counts[hover.bucket]?.[hover.column] ?? NaN, time: grid.times[hover.column]! };
  const labelEvery = Math.max(1, Math.ceil(buckets / Math.max(1, Math.floor(plotHeight / 16))));
  const summary = `${panel.title || 'Heatmap'}: ${buckets} buckets over ${grid.times.length} times, largest count ${formatText(grid.max, { unit: 'short' })}`;

  return (
    <div className="heatmap-panel" style={{ width, height }}>
      <svg width={width} height={plotHeight + AXIS_BOTTOM} role="img" aria-label={summary} onMouseMove={onMove} onMouseLeave={() => setHover(undefined)}>
        {grid.counts.map((row, b) =>
          row.map((count, c) =>
            Number.isNaN(count) || count === 0 ? null : (
              <rect key={`${b}:${c}`} x={x(grid.times[c]!)} y={(buckets - 1 - b) * rowHeight} width={cellWidth} height={Math.max(1, rowHeight - 1)} fill={heatColor(count / (grid.max || 1))} />
            ),
          ),
        )}
        {grid.upper.map((upper, b) =>
          b % labelEvery === 0 ? (
            <text key={b} x={AXIS_LEFT - 4} y={(buckets - 1 - b) * rowHeight + rowHeight / 2 + 4} textAnchor="end" className="heatmap-axis">
              {bound(upper)}
            </text>
          ) : null,
        )}
        {timeTicks(range.from, range.to, Math.max(2, Math.floor(plotWidth / 90))).map((t) => (
          <text key={t} x={AXIS_LEFT + ((t - range.from) / span) * plotWidth} y={plotHeight + 14} textAnchor="middle" className="heatmap-axis">
            {formatTimeTick(t, span)}
          </text>
        ))}
      </svg>
      <div className="heatmap-legend" aria-hidden="true">
        <span>0</span>
        <span className="heatmap-scale" style={{ background: `linear-gradient(to right, ${HEAT_STOPS.join(', ')})` }} />
        <span>{formatText(grid.max, { unit: 'short' })}</span>
      </div>
      {hover && hovered && (
        <div className="ts-tooltip" style={{ left: Math.min(hover.x + 12, width - 180), top: hover.y + 12 }}>
          <div className="ts-tooltip-time">{formatTimestamp(hovered.time)}</div>
          <div>
            Bucket {bound(grid.lower[hover.bucket]!)} – {bound(grid.upper[hover.bucket]!)}
          </div>
          <div>Count: {Number.isNaN(hovered.count) ? 'no sample' : formatText(hovered.count, { unit: 'short' })}</div>
        </div>
      )}
    </div>
  );
});
