import { appSelectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ImportScenario } from './ImportScenario';
import { ProblemList } from './ProblemList';

export function ScenarioPicker() {
  const scenarios = useAppStore(appSelectors.scenarios);
  const problems = useAppStore(appSelectors.scenarioProblems);
  const startDrill = useAppStore((s) => s.startDrill);
  return (
    <main className="picker">
      <h1>Firedrill</h1>
      <p className="tagline">Pick a scenario. Something will break; find it, fix it, and keep people informed.</p>
      <ul className="scenario-list" aria-label="Scenarios">
        {scenarios.map((s) => (
          <li key={s.id} className="scenario-card">
            <h2>{s.title}</h2>
            <p>{s.summary}</p>
            <p className="meta">
              {s.id} · {s.duration} · version {s.version}
            </p>
            <button type="button" onClick={() => void startDrill(s.id)} aria-label={`Start drill: ${s.title}`}>
              Start drill
            </button>
          </li>
        ))}
      </ul>
      {scenarios.length === 0 && <p>No valid scenarios were found.</p>}
      {problems.length > 0 && <ProblemList label="Scenario problems" heading="Skipped scenario folders" problems={problems} />}
      <ImportScenario />
    </main>
  );
}
