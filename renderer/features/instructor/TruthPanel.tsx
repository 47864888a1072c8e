import type { InstructorView } from '../../../electron/contract/requests';
import { elapsed } from '../../format';

/** What the learner cannot see: each fault's state (red herrings marked) and the expert's way out. */
export function TruthPanel({ view }: { view: InstructorView }) {
  return (
    <section className="instructor-panel" aria-label="Hidden truth">
      <h2>Hidden truth</h2>
      <ul>
        {view.faults.map((f) => (
          <li key={f.id} data-state={f.state}>
            <strong>{f.id}</strong> ({f.kind} on {f.target}){f.redHerring ? ' — red herring' : ''}: {f.state}
            {f.startedAt !== undefined ? `, started ${elapsed(f.startedAt)}` : ''}
            {f.clearedAt !== undefined ? `, cleared ${elapsed(f.clearedAt)}` : ''}
          </li>
        ))}
      </ul>
      {view.nextStep && (
        <>
          <h3>The expert’s way out</h3>
          <p className="instructor-next-step">{view.nextStep}</p>
        </>
      )}
    </section>
  );
}
