import type { DifficultySummary, ScenarioSummary } from '../../../electron/contract';

/** What a level changes, in one line: "background errors ×3 · every red herring · 1 of 3 hints · deadlines ×0.6". */
export function describeKnobs(level: DifficultySummary, hintCount: number): string {
  const herrings = level.redHerrings === 'all' ? 'every red herring' : level.redHerrings === 'none' ? 'no red herrings' : `red herrings: ${level.redHerrings.join(', ')}`;
  const hints = level.hints === null ? `all ${hintCount} hints` : `${Math.min(level.hints, hintCount)} of ${hintCount} hints`;
  const deadlines = level.deadlines === 1 ? 'deadlines as written' : `deadlines ×${level.deadlines} (${level.deadlines < 1 ? 'less' : 'more'} time)`;
  return `background errors ×${level.noise} · ${herrings} · ${hints} · ${deadlines}`;
}

/** The level picker on a scenario card: a select of the scenario's levels and what the chosen one changes. */
export function DifficultyChoice({ scenario, value, onChange }: { scenario: ScenarioSummary; value: string; onChange: (id: string) => void }) {
  const chosen = scenario.difficulties.find((d) => d.id === value) ?? scenario.difficulties[0]!;
  const describedBy = `difficulty-${scenario.id}`;
  return (
    <div className="difficulty-choice">
      <label>
        Difficulty{' '}
        <select value={chosen.id} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-label={`Difficulty: ${scenario.title}`}>
          {scenario.difficulties.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <p id={describedBy} className="meta">
        {chosen.description} <span className="knobs">({describeKnobs(chosen, scenario.hintCount)})</span>
      </p>
    </div>
  );
}
