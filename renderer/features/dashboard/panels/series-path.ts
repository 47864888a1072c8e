/** Where the plot sits in the chart, in px, and the data domains it maps. */
export type PlotMapping = { x: number; y: number; width: number; height: number; from: number; to: number; min: number; max: number };

/**
 * SVG path data for one series: `M` at the first point and after every gap (a NaN value, as a stale or
 * missing sample), `L` between present points. Coordinates are rounded to 0.1 px: the path text stays short
 * and nothing visible moves.
 */
export function linePath(times: readonly number[], values: readonly number[], plot: PlotMapping): string {
  const sx = plot.width / Math.max(1, plot.to - plot.from);
  const sy = plot.height / (plot.max - plot.min || 1);
  let d = '';
  let pen = false;
  for (let i = 0; i < times.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    const x = Math.round((plot.x + (times[i]! - plot.from) * sx) * 10) / 10;
    const y = Math.round((plot.y + plot.height - (v - plot.min) * sy) * 10) / 10;
    d += `${pen ? 'L' : 'M'}${x} ${y}`;
    pen = true;
  }
  return d;
}

/**
 * The filled area under a series down to the baseline (0, or the axis edge when 0 is off the axis): each
 * unbroken run of points is closed on its own, so gaps stay empty.
 */
export function areaPath(times: readonly number[], values: readonly number[], plot: PlotMapping): string {
  const baseline = Math.min(plot.max, Math.max(plot.min, 0));
  const base = Math.round((plot.y + plot.height - (baseline - plot.min) * (plot.height / (plot.max - plot.min || 1))) * 10) / 10;
  return linePath(times, values, plot)
    .split('M')
    .filter((run) => run !== '')
    .map((run) => {
      const points = run.split('L');
      const firstX = points[0]!.split(' ')[0];
      const lastX = points.at(-1)!.split(' ')[0];
      return `M${firstX} ${base}L${run}L${lastX} ${base}Z`;
    })
    .join('');
}
