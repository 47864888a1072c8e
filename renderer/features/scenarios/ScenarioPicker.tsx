import { useState } from 'react';
import { appSelectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { DifficultyChoice } from './DifficultyChoice';
import { LearnerSwitcher } from '../learners/LearnerSwitcher';
import { SettingsButton } from '../settings/SettingsDialog';
import { PastAttempts } from '../replay/PastAttempts';
import { ImportScenario } from './ImportScenario';
import { ProblemList } from './ProblemList';
import { TeamSetupForm } from '../team/TeamSetupForm';
import type { Participant } from '../../../electron/contract';

export function ScenarioPicker() {
  const scenarios = useAppStore(appSelectors.scenarios);
  const problems = useAppStore(appSelectors.scenarioProblems);
  const startDrill = useAppStore((s) => s.startDrill);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const defaultSpeed = useAppStore((s) => s.settings.defaultSpeed);
  const openGrading = useAppStore((s) => s.openGrading);
  /** Starts the drill (a team drill with `team`), then sets its clock to the default speed (1× needs nothing). */
  const start = async (id: string, level: string, team?: Participant[]) => {
    const refused = await startDrill(id, level, team);
    if (!refused && defaultSpeed !== 1 && useAppStore.getState().view) await setSpeed(defaultSpeed);
    return refused;
  };
  /** The level picked per scenario id; a scenario not in it starts at its default. */
  const [levels, setLevels] = useState<Record<string, string>>({});
  /** The scenario whose team drill form is open, if any (solo stays the default). */
  const [teamFor, setTeamFor] = useState<string>();
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
            </button>{' '}
            <button type="button" aria-expanded={teamFor === s.id} onClick={() => setTeamFor(teamFor === s.id ? undefined : s.id)} aria-label={`Team drill: ${s.title}`}>
              Team drill…
            </button>
            {teamFor === s.id && (
              <TeamSetupForm title={s.title} onStart={(team) => start(s.id, levels[s.id] ?? s.defaultDifficulty, team)} onCancel={() => setTeamFor(undefined)} />
            )}
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
