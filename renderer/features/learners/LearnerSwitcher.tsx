import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';
import { LearnersDialog } from './LearnersDialog';

/** Who is playing, a quick switch between profiles, and the Learners dialog. */
export function LearnerSwitcher() {
  const learners = useAppStore((s) => s.learners);
  const current = useAppStore((s) => s.currentLearner);
  const load = useAppStore((s) => s.loadLearners);
  const select = useAppStore((s) => s.selectLearner);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  const names = learners?.map((l) => l.name) ?? [];
  return (
    <div className="learner-switcher">
      <label>
        Playing as{' '}
        <select value={current} onChange={(e) => void select(e.target.value)} disabled={names.length === 0}>
          {!names.includes(current) && <option value={current}>{current}</option>}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setOpen(true)}>
        Learners…
      </button>
      {open && <LearnersDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
