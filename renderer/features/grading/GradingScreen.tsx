import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { ClassTable } from './ClassTable';
import { ImportBundles } from './ImportBundles';
import { RescoreImports } from './RescoreImports';

/** The grader's screen: import a class's bundles, then read, filter and download the class's results. */
export function GradingScreen() {
  const close = useAppStore((s) => s.closeGrading);
  const error = useAppStore((s) => s.gradingError);
  const load = useAppStore((s) => s.loadGradedAttempts);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="grading">
      <div className="picker-bar">
        <button type="button" onClick={close}>
          ← Scenarios
        </button>
      </div>
      <h1>Grading</h1>
      <p className="tagline">Import the bundles your learners exported. Every attempt is re-played and re-scored from its own events.</p>
      {error && (
        <p className="replay-error" role="alert">
          {error}
        </p>
      )}
      <ImportBundles />
      <RescoreImports />
      <ClassTable />
    </main>
  );
}
