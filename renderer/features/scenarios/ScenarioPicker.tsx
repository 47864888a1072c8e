import { useState } from 'react';
import { appSelectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { DifficultyChoice } from './DifficultyChoice';
import { PastAttempts } from '../replay/PastAttempts';
import { ImportScenario } from './ImportScenario';
import { ProblemList } from './ProblemList';

export function ScenarioPicker() {
  const scenarios = useAppStore(appSelectors.scenarios);
  const problems = useAppStore(appSelectors.scenarioProblems);
  const startDrill = useAppStore((s) => s.startDrill);
  /** The level picked per scenario id; a scenario not in it starts at its default. */
  const [levels, setLevels] = useState<Record<string, string>>({});
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
            <DifficultyChoice scenario={s} value={levels[s.id] ?? s.defaultDifficulty} onChange={(id) => setLevels({ ...levels, [s.id]: id })} />
            <button type="button" onClick={() => void startDrill(s.id, levels[s.id] ?? s.defaultDifficulty)} aria-label={`Start drill: ${s.title}`}>
              Start drill
            </button>
          </li>
        ))}
      </ul>
      {scenarios.length === 0 && <p>No valid scenarios were found.</p>}
      {problems.length > 0 && <ProblemList label="Scenario problems" heading="Skipped scenario folders" problems={problems} />}
      <PastAttempts />
      <ImportScenario />
    </main>
  );
}
