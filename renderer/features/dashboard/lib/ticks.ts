/** Axis ticks at "nice" steps (1, 2, 2.5, 5 × 10ⁿ), as chart libraries and Grafana choose them. */
export function niceTicks(min: number, max: number, maxTicks: number): { ticks: number[]; step: number; min: number; max: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0, 1], step: 1, min: 0, max: 1 };
  if (max === min) {
    const pad = Math.abs(max) || 1;
    return niceTicks(min - pad / 2, max + pad / 2, maxTicks);
  }
  const rough = (max - min) / Math.max(1, maxTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { ticks, step, min: lo, max: hi };
}
