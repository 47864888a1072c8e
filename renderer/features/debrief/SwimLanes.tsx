import { useState } from 'react';
import { clockTime } from '../../format';
import type { DebriefMoment } from './debrief-model';
import { byLane, LANE_NAMES, LANES, sinceStart } from './debrief-model';
import { PLOT_LEFT, PLOT_RIGHT } from './SignalChart';

export type PathName = 'you' | 'ideal';
type Props = { who: PathName; moments: readonly DebriefMoment[]; end: number; startUnixMs: number; highlight: { at: number; seq?: number } | null };

const WHO: Record<PathName, string> = { you: 'You', ideal: 'Ideal' };

/**
 * One path as swim lanes (alerts, reads, actions, messages, recovery) on the chart's time axis. Each marker is a
 * button: hovering or focusing it shows what happened and when; evidence links focus the learner's markers.
 */
export function SwimLanes({ who, moments, end, startUnixMs, highlight }: Props) {
  const [shown, setShown] = useState<DebriefMoment | null>(null);
  const lanes = byLane(moments);
  const left = (at: number) => `${Math.min(100, (at / end) * 100)}%`;
  const describe = (m: DebriefMoment) => `${WHO[who]}, ${sinceStart(m.at)} (${clockTime(startUnixMs, m.at)} UTC), ${LANE_NAMES[m.lane]}: ${m.label}`;
  return (
    <div className={`swim-lanes swim-lanes-${who}`} role="group" aria-label={`${WHO[who]}: path`} style={{ marginRight: PLOT_RIGHT }}>
      <div className="swim-who" style={{ width: PLOT_LEFT }}>
        {WHO[who]}
      </div>
      {LANES.map((lane) => (
        <div key={lane} className="swim-lane" role="group" aria-label={`${WHO[who]}, ${LANE_NAMES[lane]}: ${lanes[lane].length}`}>
          <span className="swim-lane-name" style={{ width: PLOT_LEFT }} aria-hidden="true">
            {LANE_NAMES[lane]}
          </span>
          <div className="swim-track">
            {highlight !== null && <span className="swim-highlight" style={{ left: left(highlight.at) }} aria-hidden="true" />}
            {lanes[lane].map((m, i) => (
              <button
                key={`${m.at}-${m.seq ?? i}`}
                type="button"
                className={`moment moment-${m.lane}${highlight?.seq !== undefined && highlight.seq === m.seq && who === 'you' ? ' is-highlighted' : ''}`}
                style={{ left: left(m.at) }}
                aria-label={describe(m)}
                data-path={who}
                data-seq={m.seq}
                onMouseEnter={() => setShown(m)}
                onMouseLeave={() => setShown(null)}
                onFocus={() => setShown(m)}
                onBlur={() => setShown(null)}
              />
            ))}
            {shown?.lane === lane && (
              <div className="moment-tip" role="tooltip" style={{ left: left(shown.at) }}>
                <strong>{sinceStart(shown.at)}</strong> {shown.label}
              </div>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
