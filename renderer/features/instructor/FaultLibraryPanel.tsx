import { useState } from 'react';
import type { InstructorView } from '../../../electron/contract/requests';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';

type LibraryFault = InstructorView['faultLibrary'][number];

/** How each state reads to the instructor: an injected fault starts on the drill's next tick (not while paused). */
const STATE_TEXT: Record<LibraryFault['state'], string> = {
  waiting: 'waiting',
  injected: 'injected, starts on the next tick',
  active: 'active',
  cleared: 'cleared',
};

/**
 * The scenario's fault library: extra faults the instructor can start now, each once. Injecting changes the drill
 * the learner is playing (and is logged as an intervention), so it asks first; the outcome shows on the panel and
 * the fault's state follows in the list and in the hidden truth.
 */
export function FaultLibraryPanel({ view }: { view: InstructorView }) {
  const refresh = useAppStore((s) => s.refreshInstructor);
  const [outcome, setOutcome] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ended = view.learner.ended;

  const inject = async (fault: LibraryFault): Promise<void> => {
    if (!window.confirm(`Inject "${fault.title}" into the learner's drill now? It changes the drill and cannot be undone.`)) return;
    setBusy(true);
    try {
      const result = await api().invoke('instructor.injectFault', { fault: fault.id });
      if (!result.ok) setOutcome(`Not injected: ${result.error.message}`);
      else if (!result.value.started) setOutcome(`Not injected: ${result.value.reason ?? 'refused'}`);
      else setOutcome(`Injected "${fault.title}": it starts on the drill's next tick.`);
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="instructor-panel" aria-label="Fault library">
      <h2>Fault library</h2>
      {view.faultLibrary.length === 0 ? (
        <p>This scenario has no library faults.</p>
      ) : (
        <ul aria-label="Library faults">
          {view.faultLibrary.map((f) => (
            <li key={f.id} data-state={f.state} data-testid={`library-fault-${f.id}`}>
              <strong>{f.title}</strong> ({f.kind} on {f.target}): <span data-testid="library-fault-state">{STATE_TEXT[f.state]}</span>{' '}
              <button disabled={ended || busy || f.state !== 'waiting'} aria-label={`Inject now: ${f.title}`} onClick={() => void inject(f)}>
                Inject now
              </button>
            </li>
          ))}
        </ul>
      )}
      {outcome && <p role="status">{outcome}</p>}
    </section>
  );
}
