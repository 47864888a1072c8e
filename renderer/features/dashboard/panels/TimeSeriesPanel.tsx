import type { MouseEvent } from 'react';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { formatText } from '../lib/units';
import { resolveColor } from '../lib/colors';
import { fieldConfigFor } from '../lib/overrides';
import { seriesColor } from '../lib/palette';
import { formatTimestamp } from '../lib/time-format';
import { PanelMessage } from './PanelMessage';
import { fieldDefaults, legendOptions, seriesStyle, tooltipMode } from './panel-options';
import { SeriesLegend } from './SeriesLegend';
import { chartSummary } from './summary';
import { PLOT_MARGIN, TimeSeriesChart, X_AXIS_HEIGHT, Y_AXIS_WIDTH } from './TimeSeriesChart';
import { tooltipEntries } from './timeseries-data';
import type { PanelProps } from './types';
import { usePalette } from './usePalette';

const LEGEND_ROW_PX = 22;
const DRAG_MIN_PX = 5;

/**
 * Grafana's time series panel: lines, areas, bars or points, stacked or not, with thresholds, a legend that
 * isolates a series on click, a tooltip (one series or all at the cursor), the shared crosshair and
 * drag-to-zoom. The chart is memoised; the pointer only moves the overlay.
 */
export const TimeSeriesPanel = memo(function TimeSeriesPanel({ panel, data, range, width, height, onZoom, crosshair, onCrosshair }: PanelProps) {
  const defaults = fieldDefaults(panel);
  const style = useMemo(() => seriesStyle(panel), [panel]);
  const legend = useMemo(() => legendOptions(panel), [panel]);
  const tooltip = tooltipMode(panel);
  const palette = usePalette();
  const [isolated, setIsolated] = useState<number | undefined>(undefined);
  const [hoverX, setHoverX] = useState<number | undefined>(undefined);
  const [drag, setDrag] = useState<{ start: number; end: number } | undefined>(undefined);
  const plot = useRef<HTMLDivElement>(null);
  // Field overrides per series: a display name, a fixed colour, hidden from the graph.
  const configs = useMemo(() => data.frames.map((f) => fieldConfigFor(panel.fieldConfig, f)), [panel.fieldConfig, data.frames]);
  const frames = useMemo(() => data.frames.map((f, i) => (configs[i]!.displayName ? { ...f, name: String(configs[i]!.displayName) } : f)), [data.frames, configs]);
  const colours = useMemo(() => configs.map((c, i) => (c.color?.mode === 'fixed' ? resolveColor(c.color.fixedColor) : undefined) ?? seriesColor(i, palette)), [configs, palette]);
  const shown = useMemo(
    () => frames.map((_, i) => (configs[i]!.custom?.hideFrom as { viz?: boolean } | undefined)?.viz !== true && (isolated === undefined || isolated === i)),
    [frames, configs, isolated],
  );

  const legendRight = legend.showLegend && legend.placement === 'right';
  const legendHeight = !legend.showLegend || legendRight ? 0 : Math.min(height * 0.4, (frames.length + (legend.displayMode === 'table' ? 1 : 0)) * LEGEND_ROW_PX + 6);
  const chartWidth = legendRight ? Math.max(120, Math.floor(width * 0.7)) : width;
  const chartHeight = Math.max(40, height - legendHeight);
  const left = Y_AXIS_WIDTH + PLOT_MARGIN.left;
  const plotWidth = Math.max(1, chartWidth - left - PLOT_MARGIN.right);
  const timeAt = useCallback((x: number) => range.from + ((x - left) / plotWidth) * (range.to - range.from), [range.from, range.to, left, plotWidth]);
  const xOf = (t: number) => left + ((t - range.from) / (range.to - range.from)) * plotWidth;

  const pointerX = (event: MouseEvent) => {
    const box = plot.current?.getBoundingClientRect();
    return box ? Math.min(left + plotWidth, Math.max(left, event.clientX - box.left)) : left;
  };
  const onMove = (event: MouseEvent) => {
    const x = pointerX(event);
    setHoverX(x);
    if (drag) setDrag({ ...drag, end: x });
    onCrosshair?.(timeAt(x));
  };
  const onLeave = () => {
    setHoverX(undefined);
    setDrag(undefined);
    onCrosshair?.(undefined);
  };
  const onUp = () => {
    if (drag && Math.abs(drag.end - drag.start) >= DRAG_MIN_PX && onZoom) {
      const [a, b] = [timeAt(drag.start), timeAt(drag.end)];
      onZoom(Math.round(Math.min(a, b)), Math.round(Math.max(a, b)));
    }
    setDrag(undefined);
  };

  const empty = frames.length === 0 || frames.every((f) => f.values.every(Number.isNaN));
  const message = <PanelMessage data={data} empty={empty} noValue={defaults.noValue} />;
  if (data.state === 'error' || empty) return message;

  const cursorTime = hoverX !== undefined ? timeAt(hoverX) : crosshair?.source !== panel.id ? crosshair?.time : undefined;
  const entries = hoverX !== undefined && tooltip !== 'none' ? tooltipEntries(frames, (i) => shown[i] === true, timeAt(hoverX), Math.max(range.intervalMs, (range.to - range.from) / plotWidth)) : [];
  const listed = tooltip === 'single' ? entries.slice(0, 1) : entries;

  return (
    <div className={`ts-panel ${legendRight ? 'ts-legend-right' : ''}`} style={{ width, height }}>
      <div
        ref={plot}
        className="ts-plot"
        role="img"
        aria-label={chartSummary(panel.title, frames, defaults, 'time series')}
        style={{ width: chartWidth, height: chartHeight }}
        onMouseMove={onMove}
        onMouseLeave={onLeave}
        onMouseDown={(e) => e.button === 0 && setDrag({ start: pointerX(e), end: pointerX(e) })}
        onMouseUp={onUp}
      >
        <TimeSeriesChart frames={frames} shown={shown} style={style} defaults={defaults} from={range.from} to={range.to} width={chartWidth} height={chartHeight} palette={palette} colours={colours} />
        {cursorTime !== undefined && cursorTime >= range.from && cursorTime <= range.to && (
          <div className="ts-crosshair" style={{ left: xOf(cursorTime), top: PLOT_MARGIN.top, height: chartHeight - PLOT_MARGIN.top - X_AXIS_HEIGHT }} />
        )}
        {drag && <div className="ts-zoom" style={{ left: Math.min(drag.start, drag.end), width: Math.abs(drag.end - drag.start), top: PLOT_MARGIN.top, height: chartHeight - PLOT_MARGIN.top - X_AXIS_HEIGHT }} />}
        {listed.length > 0 && hoverX !== undefined && !drag && (
          <div className="ts-tooltip" style={hoverX > chartWidth / 2 ? { right: chartWidth - hoverX + 12 } : { left: hoverX + 12 }}>
            <div className="ts-tooltip-time">{formatTimestamp(listed[0]!.time)}</div>
            {listed.map((e) => (
              <div key={e.index} className="ts-tooltip-row">
                <span className="ts-tooltip-swatch" style={{ background: colours[e.index] }} />
                <span className="ts-tooltip-name">{e.name}</span>
                <span className="ts-tooltip-value">{formatText(e.value, { unit: defaults.unit, decimals: defaults.decimals })}</span>
              </div>
            ))}
          </div>
        )}
      </div>
      {legend.showLegend && (
        <div className="ts-legend-box" style={legendRight ? { width: width - chartWidth, height } : { height: legendHeight }}>
          <SeriesLegend frames={frames} options={legend} defaults={defaults} isolated={isolated} onToggle={(i) => setIsolated((cur) => (cur === i ? undefined : i))} palette={palette} colours={colours} />
        </div>
      )}
    </div>
  );
});
