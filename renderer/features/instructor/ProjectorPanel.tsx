import { useId, useState } from 'react';
import type { InstructorView } from '../../../electron/contract/requests';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';
import { CLASSROOM_PAGES, openClassroomPage } from '../classroom/classroom-pages';

const PROJECTOR_PAGE = CLASSROOM_PAGES.find((p) => p.view === 'projector')!;

/** The room's screen: which of the drill's dashboards it shows beside the timeline, and a way to open it. */
export function ProjectorPanel({ view }: { view: InstructorView }) {
  const refresh = useAppStore((s) => s.refreshInstructor);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const chosen = view.projection.dashboard?.uid ?? '';
  const choose = async (uid: string) => {
    setBusy(true);
    const result = await api().invoke('instructor.project', { dashboard: uid === '' ? null : uid });
    setError(result.ok ? undefined : result.error.message);
    await refresh();
    setBusy(false);
  };
  return (
    <section className="instructor-panel" aria-label="Projector">
      <h2>Projector</h2>
      <div className="instructor-row">
        <label>
          Dashboard on the projector
          <select value={chosen} disabled={busy} aria-describedby={error ? errorId : undefined} onChange={(e) => void choose(e.target.value)}>
            <option value="">None</option>
            {view.dashboards.map((d) => (
              <option key={d.uid} value={d.uid}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => openClassroomPage(window, PROJECTOR_PAGE)}>
          Open the projector
        </button>
      </div>
      <p className="instructor-preview" data-testid="projector-showing">
        The projector shows the incident timeline and the alerts{view.projection.dashboard ? `, and “${view.projection.dashboard.title}”` : ''}.
      </p>
      {error && (
        <p role="alert" id={errorId}>
          {error}
        </p>
      )}
    </section>
  );
}
