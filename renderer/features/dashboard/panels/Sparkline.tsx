import { memo, useMemo } from 'react';
import { lttb } from '../lib/downsample';
import type { Frame } from './types';

/** A stat panel's small area chart: the series downsampled to the width, drawn as one SVG path. */
export const Sparkline = memo(function Sparkline({ frame, width, height, color }: { frame: Frame; width: number; height: number; color: string }) {
  const path = useMemo(() => {
    const { times, values } = lttb(frame.times, frame.values, Math.max(2, Math.round(width)));
    const present = values.filter(Number.isFinite);
    if (present.length < 2) return undefined;
    const [t0, t1] = [times[0]!, times[times.length - 1]!];
    const [v0, v1] = [Math.min(...present), Math.max(...present)];
    const x = (t: number) => ((t - t0) / (t1 - t0 || 1)) * width;
    const y = (v: number) => height - ((v - v0) / (v1 - v0 || 1)) * height * 0.9;
    // Each unbroken run is its own line and its own area closed down to the baseline, so gaps stay gaps.
    let line = '';
    let area = '';
    let runStart: number | undefined;
    let last = 0;
    const closeRun = () => {
      if (runStart !== undefined) area += `L${last.toFixed(1)},${height}L${runStart.toFixed(1)},${height}Z`;
      runStart = undefined;
    };
    times.forEach((t, i) => {
      const v = values[i]!;
      if (!Number.isFinite(v)) return closeRun();
      const point = `${x(t).toFixed(1)},${y(v).toFixed(1)}`;
      line += `${runStart === undefined ? 'M' : 'L'}${point}`;
      area += `${runStart === undefined ? 'M' : 'L'}${point}`;
      if (runStart === undefined) runStart = x(t);
      last = x(t);
    });
    closeRun();
    return { line, area };
  }, [frame, width, height]);
  if (!path) return null;
  return (
    <svg className="stat-sparkline" width={width} height={height} aria-hidden="true">
      <path d={path.area} fill={color} fillOpacity={0.18} stroke="none" />
      <path d={path.line} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
});
