/** Learner, scenario and a date range, '' meaning any (the history's and the grader's filters share this shape). */
export type AttemptFilter = { learner: string; scenario: string; from: string; to: string };

export const ANY_ATTEMPT: AttemptFilter = { learner: '', scenario: '', from: '', to: '' };

/** The values a filter may take, from the attempts it filters. */
export type AttemptFilterChoices = { learners: string[]; scenarios: { id: string; title: string }[] };

/** The filter bar over a list of attempts: learner, scenario, from and to days, and "Clear filters" once any is set. */
export function AttemptFilters({ label, filter, choices, onChange }: { label: string; filter: AttemptFilter; choices: AttemptFilterChoices; onChange(filter: AttemptFilter): void }) {
  const set = (key: keyof AttemptFilter) => (e: { target: { value: string } }) => onChange({ ...filter, [key]: e.target.value });
  const filtered = filter.learner !== '' || filter.scenario !== '' || filter.from !== '' || filter.to !== '';
  return (
    <div className="history-filters" role="group" aria-label={label}>
      <label>
        Learner{' '}
        <select value={filter.learner} onChange={set('learner')}>
          <option value="">Everyone</option>
          {choices.learners.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Scenario{' '}
        <select value={filter.scenario} onChange={set('scenario')}>
          <option value="">Any scenario</option>
          {choices.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        From <input type="date" value={filter.from} onChange={set('from')} />
      </label>
      <label>
        To <input type="date" value={filter.to} onChange={set('to')} />
      </label>
      {filtered && (
        <button type="button" onClick={() => onChange(ANY_ATTEMPT)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
