import { forwardRef, useRef } from 'react';
import { useElementSize } from '../dashboard/grid/useElementSize';
import type { Debrief } from './debrief-model';
import { axisEnd, formatSignal } from './debrief-model';
import { IDEAL_COLOUR, SignalChart, YOU_COLOUR } from './SignalChart';
import { SwimLanes } from './SwimLanes';

export type Highlight = { at: number; seq?: number };

/** The signal and both paths' swim lanes on one time axis (minutes since the drill started). */
export const DebriefChart = forwardRef<HTMLElement, { debrief: Debrief; highlight: Highlight | null }>(function DebriefChart({ debrief, highlight }, ref) {
  const plot = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(plot);
  const end = axisEnd(debrief);
  const signal = debrief.signal;
  return (
    <section className="debrief-chart" aria-labelledby="debrief-chart-title" ref={ref} tabIndex={-1}>
      <h3 id="debrief-chart-title">{signal ? signal.title : 'Timeline'}: you and the ideal path</h3>
      <ul className="debrief-legend" aria-label="Legend">
        <li>
          <span className="swatch" style={{ background: YOU_COLOUR }} aria-hidden="true" /> You
        </li>
        {debrief.ideal && (
          <li>
            <span className="swatch swatch-dashed" style={{ borderColor: IDEAL_COLOUR }} aria-hidden="true" /> Ideal (the expert on the same seed)
          </li>
        )}
      </ul>
      {signal && <p className="debrief-signal-summary">{signalSummary(signal)}</p>}
      <div ref={plot} className="debrief-plot">
        {signal && width > 0 && <SignalChart signal={signal} end={end} width={width} highlight={highlight?.at ?? null} />}
        <SwimLanes who="you" moments={debrief.learner} end={end} startUnixMs={debrief.startUnixMs} highlight={highlight} />
        {debrief.ideal ? (
          <SwimLanes who="ideal" moments={debrief.ideal} end={end} startUnixMs={debrief.startUnixMs} highlight={highlight} />
        ) : (
          <p className="debrief-no-ideal">This scenario has no expert script, so there is no ideal path to compare with.</p>
        )}
      </div>
    </section>
  );
});

/** The chart in words: each run's worst value and where it ended (for screen readers and a quick read). */
function signalSummary(signal: NonNullable<Debrief['signal']>): string {
  const describe = (who: string, points: [number, number][]) => {
    if (points.length === 0) return `${who}: no data.`;
    const peak = Math.max(...points.map(([, v]) => v));
    return `${who}: peak ${formatSignal(peak, signal.unit)}, at the end ${formatSignal(points.at(-1)![1], signal.unit)}.`;
  };
  return [describe('You', signal.learner), signal.ideal ? describe('Ideal', signal.ideal) : ''].filter(Boolean).join(' ');
}
