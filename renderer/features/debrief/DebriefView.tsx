import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { Markdown } from '../markdown/Markdown';
import { CriteriaBreakdown } from './CriteriaBreakdown';
import { DebriefChart } from './DebriefChart';
import type { Highlight } from './DebriefChart';
import type { Debrief } from './debrief-model';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; debrief: Debrief };

/**
 * The debrief of the ended drill: the learner's path beside the expert's on one chart, the score explained with
 * each piece of evidence linked into the chart, what the fault was, why the right mitigation worked, and what to
 * practise next. Fetches `debrief.get` itself, so the review screen only has to render it.
 */
export function DebriefView() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const chart = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    void api()
      .invoke('debrief.get', {})
      .then((result) => {
        if (current) setLoaded(result.ok ? { state: 'ready', debrief: result.value } : { state: 'failed', message: result.error.message });
      });
    return () => {
      current = false;
    };
  }, []);

  // An evidence link brings the chart into view and puts the keyboard on the learner's marker for that event.
  useEffect(() => {
    if (!highlight) return;
    chart.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    const marker = chart.current?.querySelector<HTMLElement>(`[data-path="you"][data-seq="${highlight.seq}"]`);
    (marker ?? chart.current)?.focus({ preventScroll: true });
  }, [highlight]);

  if (loaded.state === 'loading') return <p className="debrief-status" role="status">Building the debrief: playing the expert's path on your seed…</p>;
  if (loaded.state === 'failed') return <p className="debrief-status" role="alert">The debrief is not available: {loaded.message}</p>;
  const { debrief } = loaded;
  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h2 id="debrief-title">Debrief: {debrief.title}</h2>
      <DebriefChart ref={chart} debrief={debrief} highlight={highlight} />
      <div className="debrief-columns">
        <CriteriaBreakdown debrief={debrief} onEvidence={(seq, at) => setHighlight({ seq, at })} />
        <div className="debrief-story">
          <section aria-labelledby="debrief-fault-title">
            <h3 id="debrief-fault-title">What the fault was</h3>
            {debrief.fault ? <Markdown source={debrief.fault} /> : <p>This scenario does not describe its fault.</p>}
          </section>
          <section aria-labelledby="debrief-mitigation-title">
            <h3 id="debrief-mitigation-title">Why the right mitigation worked</h3>
            {debrief.mitigation ? <Markdown source={debrief.mitigation} /> : <p>This scenario does not explain its mitigation.</p>}
          </section>
          <section aria-labelledby="debrief-practise-title">
            <h3 id="debrief-practise-title">What to practise next</h3>
            {debrief.practise.length === 0 ? (
              <p>Full marks in every category: try the scenario at a harder level.</p>
            ) : (
              <ol className="debrief-practise">
                {debrief.practise.map((p) => (
                  <li key={p.category}>
                    <strong>
                      {p.category} (−{p.lost} {p.lost === 1 ? 'point' : 'points'}):
                    </strong>
                    <Markdown source={p.text} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}
