import type { LogHistogram } from '../../../electron/contract';
import { timeTicks } from '../../format';
import { bucketName, bucketTime, firstBucketStart, intervalLabel } from './histogram-format';

/** Axis labels at most this many, so they never crowd. */
const MAX_TICKS = 8;
/** How close to an edge (as a fraction of the width) a tick label may sit. */
const EDGE = 0.04;

/**
 * Discover's hit histogram: one bar per bucket, scaled to the busiest, with a time axis and the interval.
 * Each bar is a button that zooms the range to its bucket.
 */
export function HitHistogram({ histogram, onZoom }: { histogram: LogHistogram; onZoom(from: number, to: number): void }) {
  const { intervalMs, counts } = histogram;
  const from = firstBucketStart(histogram.from, intervalMs);
  const end = from + counts.length * intervalMs;
  const span = Math.max(1, end - from);
  const highest = Math.max(1, ...counts);
  // A label centred on either edge would be cut in half by the chart's box: those are left out.
  const ticks = timeTicks(from, end, MAX_TICKS).filter((t) => (t - from) / span >= EDGE && (t - from) / span <= 1 - EDGE);
  return (
    <figure className="discover-histogram" aria-label="Hits over time">
      <div className="discover-histogram-bars">
        {counts.map((count, i) => {
          const start = from + i * intervalMs;
          return (
            <button
              key={start}
              type="button"
              className="discover-bar"
              aria-label={bucketName(start, intervalMs, count)}
              title={bucketName(start, intervalMs, count)}
              onClick={() => onZoom(start, start + intervalMs)}
            >
              <span className="discover-bar-fill" style={{ height: `${(count / highest) * 100}%` }} />
            </button>
          );
        })}
      </div>
      <div className="discover-histogram-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} style={{ left: `${((t - from) / span) * 100}%` }}>
            {bucketTime(t, Math.max(1000, intervalMs < 86_400_000 ? 1000 : intervalMs))}
          </span>
        ))}
      </div>
      <figcaption className="discover-histogram-interval">@timestamp {intervalLabel(intervalMs)}</figcaption>
    </figure>
  );
}
