import type { IdealNext, InstructorView, PassedStep } from '../../../electron/contract/requests';
import { clockTime, elapsed } from '../../format';
import { Markdown } from '../markdown/Markdown';

/** What the learner cannot see: each fault's state (red herrings and library faults marked), the ideal path's next step, the way out. */
export function TruthPanel({ view }: { view: InstructorView }) {
  // Library faults are listed here too, marked: they wait for the instructor, not for the scenario's clock.
  const library = new Set((view.faultLibrary ?? []).map((f) => f.id));
  return (
    <section className="instructor-panel" aria-label="Hidden truth">
      <h2>Hidden truth</h2>
      <ul>
        {view.faults.map((f) => (
          <li key={f.id} data-state={f.state}>
            <strong>{f.id}</strong> ({f.kind} on {f.target}){f.redHerring ? ' — red herring' : ''}
            {library.has(f.id) ? ' — fault library' : ''}: {f.state}
            {f.startedAt !== undefined ? `, started ${elapsed(f.startedAt)}` : ''}
            {f.clearedAt !== undefined ? `, cleared ${elapsed(f.clearedAt)}` : ''}
          </li>
        ))}
      </ul>
      <h3>Next on the ideal path</h3>
      <IdealNextStep next={view.idealNext} startUnixMs={view.learner.startUnixMs} />
      {view.nextStep && (
        <>
          <h3>The expert’s way out</h3>
          <div className="instructor-next-step">
            <Markdown source={view.nextStep} />
          </div>
        </>
      )}
    </section>
  );
}

/** A criterion id as words ("roll-back" → "roll back"): the rubric has no separate title for it. */
function criterionWords(id: string): string {
  return id.replace(/[-_]+/g, ' ');
}

/**
 * The first criterion the expert earned that the learner has not and still can, with the expert's action and when
 * they took it; below it, the expert's steps the learner missed for good, so the room is not steered after them.
 */
function IdealNextStep({ next, startUnixMs }: { next: IdealNext; startUnixMs: number }) {
  switch (next.status) {
    case 'building':
      return <p role="status">Working out the ideal path (the expert’s run on this seed)…</p>;
    case 'unavailable':
      return <p>No ideal path to follow: {next.reason}.</p>;
    case 'caught-up':
      return (
        <div data-testid="ideal-next">
          <p>
            {next.passed.length === 0
              ? `The learner has earned all ${next.steps} criteria the expert earned.`
              : `Nothing left to earn on the ideal path: the learner earned ${next.steps - next.passed.length} of the ${next.steps} criteria the expert earned.`}
          </p>
          <PassedSteps passed={next.passed} />
        </div>
      );
    case 'next':
      return (
        <div data-testid="ideal-next">
          <p>
            <strong>{criterionWords(next.criterion)}</strong> ({next.category}, {next.points} points). The expert’s action: <code>{next.action}</code> (
            {next.actionType}) at {clockTime(startUnixMs, next.t)} UTC ({elapsed(next.t)}).
          </p>
          {next.advice && <p className="instructor-preview">{next.advice}</p>}
          <p className="instructor-preview">
            {next.remaining === 1 ? 'The last criterion the expert earned that the learner can still earn.' : `${next.remaining - 1} more after this one.`}
          </p>
          <PassedSteps passed={next.passed} />
        </div>
      );
  }
}

/** The expert's steps the learner can no longer earn, each with its points and why, on one line. */
function PassedSteps({ passed }: { passed: readonly PassedStep[] }) {
  if (passed.length === 0) return null;
  return (
    <p className="instructor-preview" data-testid="ideal-passed">
      Missed for good:{' '}
      {passed.map((p, i) => (
        <span key={p.criterion}>
          {i > 0 ? '; ' : ''}
          <strong>{criterionWords(p.criterion)}</strong> ({p.points} points) — {p.reason}
        </span>
      ))}
      .
    </p>
  );
}
