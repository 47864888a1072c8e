import type { InstructorView } from '../../../electron/contract/requests';
import { clockTime, elapsed } from '../../format';

/** What the learner sees right now, in brief: clock, incident state, firing alerts, hints revealed. */
export function LearnerPanel({ view }: { view: InstructorView }) {
  const { learner } = view;
  const firing = learner.alerts.filter((a) => a.state === 'firing');
  const incident = learner.incident;
  return (
    <section className="instructor-panel" aria-label="Learner view">
      <h2>What the learner sees</h2>
      <p>
        <span data-testid="instructor-clock">{clockTime(learner.startUnixMs, learner.now)}</span> ({elapsed(learner.now)}) ·{' '}
        <span data-testid="instructor-speed">{view.speed === 0 ? 'paused' : `×${view.speed}`}</span>
        {learner.ended ? ' · ended' : ''}
      </p>
      <p>
        Incident: {incident.declared ? `${incident.severity ?? ''} ${incident.title} (${incident.status})` : 'not declared'}
        {incident.openQuestions > 0 ? ` · ${incident.openQuestions} open question(s)` : ''}
      </p>
      <p>Firing alerts: {firing.length === 0 ? 'none' : firing.map((a) => a.name).join(', ')}</p>
      <p>
        Hints revealed: {view.hints.revealed.length} ({view.hints.left} left)
      </p>
    </section>
  );
}
