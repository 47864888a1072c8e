import { memo, useMemo } from 'react';
import { thresholdBands } from '../lib/thresholds';
import { displayText } from './display';
import { PanelMessage } from './PanelMessage';
import { booleanOption } from './panel-options';
import { fillFraction, gridShape, reduceFrames } from './single-value';
import type { PanelProps } from './types';

/** The gauge's sweep: 240° centred on the top, as Grafana draws it. */
const SWEEP = (240 * Math.PI) / 180;
const START = -Math.PI / 2 - SWEEP / 2;

function polar(cx: number, cy: number, r: number, angle: number): string {
  return `${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`;
}

/** An SVG arc from fraction a to fraction b of the sweep. */
function arc(cx: number, cy: number, r: number, a: number, b: number): string {
  const from = START + a * SWEEP;
  const to = START + b * SWEEP;
  return `M${polar(cx, cy, r, from)}A${r},${r} 0 ${to - from > Math.PI ? 1 : 0} 1 ${polar(cx, cy, r, to)}`;
}

/**
 * Grafana's gauge: an arc filled to the value between min and max (0..100 by default for percent), coloured by
 * its threshold, with the threshold bands on the outer rim (showThresholdMarkers), one gauge per series.
 */
export const GaugePanel = memo(function GaugePanel({ panel, data, width, height }: PanelProps) {
  const { values, range, defaults } = useMemo(() => reduceFrames(panel, data.frames), [panel, data.frames]);
  const markers = booleanOption(panel, 'showThresholdMarkers', true);
  if (data.state === 'error' || values.length === 0) return <PanelMessage data={data} empty={values.length === 0} noValue={defaults.noValue} />;

  const { columns, rows } = gridShape(values.length, width, height);
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const bands = thresholdBands(defaults.thresholds, range);
  const span = range.max - range.min;
  const summary = `${panel.title || 'Gauge'}: ${values.map((v) => `${v.frame.name}: ${displayText(v.display)} (range ${range.min} to ${range.max})`).join('; ')}`;

  return (
    <div className="gauge-grid" role="img" aria-label={summary} style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, width, height }}>
      {values.map(({ frame, index, display }) => {
        const showName = values.length > 1;
        const size = Math.min(cellWidth, (cellHeight - (showName ? 18 : 0)) * 1.15);
        const r = size * 0.4;
        const cx = cellWidth / 2;
        const cy = r + size * 0.08;
        const thickness = r * 0.22;
        const fraction = fillFraction(display.numeric, range);
        return (
          <div key={index} className="gauge-cell">
            <svg width={cellWidth} height={Math.max(10, cy + r * 0.6)} aria-hidden="true">
              <path d={arc(cx, cy, r - thickness / 2, 0, 1)} stroke="var(--gauge-track, rgba(128,128,128,0.25))" strokeWidth={thickness} fill="none" />
              {fraction > 0 && <path d={arc(cx, cy, r - thickness / 2, 0, fraction)} stroke={display.color ?? '#5794F2'} strokeWidth={thickness} fill="none" />}
              {markers &&
                bands.map((band) => (
                  <path key={band.from} d={arc(cx, cy, r + 4, (band.from - range.min) / span, (band.to - range.min) / span)} stroke={band.color} strokeWidth={4} fill="none" />
                ))}
              <text x={cx} y={cy + r * 0.15} textAnchor="middle" className="gauge-value" style={{ fontSize: Math.max(12, r * 0.42) }} fill={display.color ?? 'currentColor'}>
                {displayText(display)}
              </text>
            </svg>
            {showName && <div className="gauge-name">{frame.name}</div>}
          </div>
        );
      })}
    </div>
  );
});
