import type { AlertTimeline } from '../../../electron/contract';
import { simClock } from './alert-format';
import { axisTicks, layoutSpans, timelineName } from './timeline-layout';

/**
 * When each alert was pending (amber) or firing (red) across a window, one row per alert, with a sim-clock
 * axis; an optional marker (the fault's onset in the lab). Every span also reads as text for screen readers.
 */
export function AlertTimelineChart({ label, timelines, fromMs, toMs, marker }: { label: string; timelines: AlertTimeline[]; fromMs: number; toMs: number; marker?: { ms: number; label: string } }) {
  const ticks = axisTicks(fromMs, toMs);
  const markerLeft = marker && marker.ms >= fromMs && marker.ms <= toMs ? ((marker.ms - fromMs) / (toMs - fromMs)) * 100 : undefined;
  return (
    <figure className="timeline" aria-label={label}>
      <figcaption>
        {label} <span className="muted">({simClock(fromMs).slice(0, 5)}–{simClock(toMs).slice(0, 5)})</span>
      </figcaption>
      {timelines.length === 0 ? (
        <p className="muted">No alert was pending or firing.</p>
      ) : (
        <ul className="timeline-rows">
          {timelines.map((timeline, i) => {
            const name = timelineName(timeline);
            const boxes = layoutSpans(timeline.spans, fromMs, toMs);
            return (
              <li key={`${name}-${i}`} className="timeline-row" data-testid="timeline-row">
                <span className="timeline-name" title={name}>
                  {name}
                </span>
                <span className="timeline-track">
                  {boxes.map((box, j) => (
                    <span key={j} className={`timeline-span span-${box.state}`} style={{ left: `${box.left}%`, width: `max(${box.width}%, 2px)` }} title={`${box.state} ${simClock(box.fromMs)}–${simClock(box.toMs)}`}>
                      <span className="visually-hidden">
                        {box.state} {simClock(box.fromMs)} to {simClock(box.toMs)}
                      </span>
                    </span>
                  ))}
                  {markerLeft !== undefined && <span className="timeline-marker" style={{ left: `${markerLeft}%` }} aria-hidden="true" />}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="timeline-axis" aria-hidden="true">
        <span className="timeline-name" />
        <span className="timeline-track">
          {ticks.map((tick) => (
            // The end ticks are pulled inside the track so their labels are not clipped at its edges.
            <span key={tick.ms} className="timeline-tick" style={{ left: `${tick.left}%`, transform: `translateX(${tick.left < 3 ? 0 : tick.left > 97 ? -100 : -50}%)` }}>
              {tick.label}
            </span>
          ))}
          {markerLeft !== undefined && marker && (
            <span className="timeline-tick timeline-marker-label" style={{ left: `${markerLeft}%` }}>
              {marker.label}
            </span>
          )}
        </span>
      </div>
      <p className="timeline-legend muted">
        <span className="legend-swatch span-pending" aria-hidden="true" /> pending <span className="legend-swatch span-firing" aria-hidden="true" /> firing
        {marker && `; ${marker.label} at ${simClock(marker.ms)}`}
      </p>
    </figure>
  );
}
