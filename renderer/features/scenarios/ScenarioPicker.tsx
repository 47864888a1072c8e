import { useState } from 'react';
import { appSelectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { DifficultyChoice } from './DifficultyChoice';
import { LearnerSwitcher } from '../learners/LearnerSwitcher';
import { SettingsButton } from '../settings/SettingsDialog';
import { PastAttempts } from '../replay/PastAttempts';
import { ImportScenario } from './ImportScenario';
import { ProblemList } from './ProblemList';

export function ScenarioPicker() {
  const scenarios = useAppStore(appSelectors.scenarios);
  const problems = useAppStore(appSelectors.scenarioProblems);
  const startDrill = useAppStore((s) => s.startDrill);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const defaultSpeed = useAppStore((s) => s.settings.defaultSpeed);
  const openGrading = useAppStore((s) => s.openGrading);
  /** Starts the drill, then sets its clock to the default speed from the settings (1× needs nothing). */
  const start = async (id: string, level: string) => {
    await startDrill(id, level);
    if (defaultSpeed !== 1 && useAppStore.getState().view) await setSpeed(defaultSpeed);
  };
  /** The level picked per scenario id; a scenario not in it starts at its default. */
  const [levels, setLevels] = useState<Record<string, string>>({});
  return (
    <main className="picker">
      <div className="picker-bar">
        <LearnerSwitcher />
        <SettingsButton />
        <button type="button" onClick={openGrading}>
          Grading…
        </button>
      </div>
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
            <button type="button" onClick={() => void start(s.id, levels[s.id] ?? s.defaultDifficulty)} aria-label={`Start drill: ${s.title}`}>
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
