import { useCallback, useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { ControlsPanel } from './ControlsPanel';
import { FaultLibraryPanel } from './FaultLibraryPanel';
import { LearnerPanel } from './LearnerPanel';
import { PinPrompt } from './PinPrompt';
import { ProjectorPanel } from './ProjectorPanel';
import { TruthPanel } from './TruthPanel';
import { usePolling } from './use-polling';

/** The instructor's page (`?view=instructor`): PIN first, then live controls over the running drill. */
export function InstructorConsole() {
  const status = useAppStore((s) => s.instructorStatus);
  const error = useAppStore((s) => s.instructorError);
  const load = useAppStore((s) => s.loadInstructorStatus);
  const setPin = useAppStore((s) => s.setInstructorPin);
  const unlock = useAppStore((s) => s.unlockInstructor);
  useEffect(() => {
    void load();
  }, [load]);
  if (!status) return <main className="instructor">Connecting…</main>;
  if (!status.unlocked) {
    return (
      <main className="instructor">
        <PinPrompt pinSet={status.pinSet} error={error} onSubmit={(pin) => void (status.pinSet ? unlock(pin) : setPin(pin))} />
      </main>
    );
  }
  return <UnlockedConsole />;
}

function UnlockedConsole() {
  const view = useAppStore((s) => s.instructorView);
  const error = useAppStore((s) => s.instructorError);
  const refreshInstructor = useAppStore((s) => s.refreshInstructor);
  const refresh = useCallback(() => refreshInstructor(), [refreshInstructor]);
  usePolling(refresh);
  return (
    <main className="instructor" aria-label="Instructor console">
      <h1>Instructor console{view ? `: ${view.learner.title}` : ''}</h1>
      {error && <p role="alert">{error}</p>}
      {view ? (
        <div className="instructor-grid">
          <LearnerPanel view={view} />
          <ControlsPanel view={view} />
          <TruthPanel view={view} />
          <ProjectorPanel view={view} />
          <FaultLibraryPanel view={view} />
        </div>
      ) : (
        <p>No drill is running yet: start one on the learner’s screen.</p>
      )}
    </main>
  );
}
