import type { ScenarioProblemReport } from '../../../electron/contract';

/** Scenario problems as `folder/file:path: reason`, one per line. */
export function ProblemList({ label, heading, problems }: { label: string; heading: string; problems: readonly ScenarioProblemReport[] }) {
  return (
    <section className="problems" aria-label={label} role="region">
      <h2>{heading}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>
              {p.folder}/{p.file}:{p.path}
            </code>
            : {p.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
