import type { SimMillis } from './clock';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

/** Units must appear largest first and at most once, as in Prometheus durations ("1h30m", "4m30s"). */
const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const ORDER = ['y', 'w', 'd', 'h', 'm', 's', 'ms'] as const;

/** Parses a Prometheus-style duration such as "4m30s" into milliseconds; undefined when malformed. */
export function parseDuration(text: string): SimMillis | undefined {
  if (text === '') return undefined;
  const match = DURATION_RE.exec(text);
  if (!match) return undefined;
  let total = 0;
  ORDER.forEach((unit, i) => {
    const digits = match[i + 1];
    if (digits !== undefined) total += Number(digits) * UNIT_MS[unit]!;
  });
  return total as SimMillis;
}

/** Formats milliseconds as the shortest Prometheus-style duration ("90000" → "1m30s"). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  let out = '';
  for (const unit of ORDER) {
    const size = UNIT_MS[unit]!;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return sign + out;
}
