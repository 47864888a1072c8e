/**
 * One step of Kahan–Neumaier summation, as Prometheus's kahansum.Inc: returns the new sum and
 * compensation. An infinite sum resets the compensation (it would only turn into NaN).
 */
export function kahanInc(inc: number, sum: number, c: number): [number, number] {
  const t = sum + inc;
  if (t === Infinity || t === -Infinity) return [t, 0];
  if (Math.abs(sum) >= Math.abs(inc)) return [t, c + (sum - t + inc)];
  return [t, c + (inc - t + sum)];
}
