/** Prometheus durations (model.ParseDuration and model.Duration.String), in milliseconds. */

/** Units from largest to smallest; a duration must use them in this order, each at most once. */
const UNITS: readonly (readonly [unit: string, ns: bigint])[] = [
  ['y', 365n * 24n * 3_600_000_000_000n],
  ['w', 7n * 24n * 3_600_000_000_000n],
  ['d', 24n * 3_600_000_000_000n],
  ['h', 3_600_000_000_000n],
  ['m', 60_000_000_000n],
  ['s', 1_000_000_000n],
  ['ms', 1_000_000n],
];

const MAX_NS = (1n << 63n) - 1n;

/** A duration string such as `1h30m` or `250ms` as milliseconds; throws an Error with Prometheus's message. */
export function parseDuration(s: string): number {
  if (s === '0') return 0;
  if (s === '') throw new Error('empty duration string');
  const invalid = () => new Error(`not a valid duration string: "${s}"`);
  let ns = 0n;
  let lastUnit = -1;
  for (let rest = s; rest !== ''; ) {
    const number = /^[0-9]+/.exec(rest)?.[0];
    if (!number) throw invalid();
    rest = rest.slice(number.length);
    const unit = /^[^0-9]+/.exec(rest)?.[0];
    if (!unit) throw invalid();
    rest = rest.slice(unit.length);
    const index = UNITS.findIndex(([u]) => u === unit);
    if (index < 0) throw new Error(`unknown unit "${unit}" in duration "${s}"`);
    if (index <= lastUnit) throw invalid();
    lastUnit = index;
    const mult = UNITS[index]![1];
    const value = BigInt(number);
    if (value > (1n << 63n) / mult) throw new Error('duration out of range');
    ns += value * mult;
    if (ns > MAX_NS) throw new Error('duration out of range');
  }
  return Number(ns / 1_000_000n);
}

const PRINT_UNITS: readonly (readonly [unit: string, ms: number, exactOnly: boolean])[] = [
  ['y', 365 * 86_400_000, true],
  ['w', 7 * 86_400_000, true],
  ['d', 86_400_000, false],
  ['h', 3_600_000, false],
  ['m', 60_000, false],
  ['s', 1000, false],
  ['ms', 1, false],
];

/** model.Duration.String for a non-negative whole number of milliseconds: `90m` prints as `1h30m`, `0` as `0s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size, exactOnly] of PRINT_UNITS) {
    // Years and weeks only when they divide evenly: 90d reads better than 12w6d.
    if (exactOnly && rest % size !== 0) continue;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
