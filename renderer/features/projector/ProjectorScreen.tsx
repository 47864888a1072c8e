import { useCallback, useState } from 'react';
import type { DrillView, ProjectorState, RequestOutputs } from '../../../electron/contract';
import { api } from '../../api/client';
import { clockTime, elapsed } from '../../format';
import { usePolling } from '../instructor/use-polling';
import { ProjectedDashboard } from './ProjectedDashboard';

/** How many of the latest timeline entries fit on a wall at projector type sizes. */
const TIMELINE_ROWS = 14;

type TimelineEntry = RequestOutputs['incident.timeline'][number];

type Shown = { view: DrillView; timeline: TimelineEntry[]; projection: ProjectorState } | { waiting: string };

const NOTHING_PROJECTED: ProjectorState = { dashboard: null };

/**
 * The room's screen (`?view=projector`): large type, high contrast, the incident timeline and the alerts, and the
 * dashboard the instructor chose beside them. It shows nothing private to the learner (no terminal, no notes, no
 * chat composer): only what the whole room may watch.
 */
export function ProjectorScreen() {
  const [shown, setShown] = useState<Shown>({ waiting: 'Waiting for a drill to start…' });
  const refresh = useCallback(async () => {
    const [view, timeline, projection] = await Promise.all([api().invoke('drill.view', {}), api().invoke('incident.timeline', {}), api().invoke('projector.state', {})]);
    if (!view.ok) return setShown({ waiting: view.error.code === 'no_drill' ? 'Waiting for a drill to start…' : view.error.message });
    setShown({ view: view.value, timeline: timeline.ok ? timeline.value : [], projection: projection.ok ? projection.value : NOTHING_PROJECTED });
  }, []);
  usePolling(refresh);
  if ('waiting' in shown) {
    return (
      <main className="projector">
        <p className="projector-waiting">{shown.waiting}</p>
      </main>
    );
  }
  const { view, timeline, projection } = shown;
  const projected = projection.dashboard;
  const alerts = view.alerts.filter((a) => a.state !== 'inactive');
  return (
    <main className="projector" aria-label="Projector">
      <header className="projector-header">
        <h1>{view.incident.declared ? `${view.incident.severity ?? ''} ${view.incident.title}` : view.title}</h1>
        <p data-testid="projector-clock">
          {clockTime(view.startUnixMs, view.now)} · {elapsed(view.now)}
          {view.ended ? ' · ended' : ''}
        </p>
      </header>
      <div className={projected ? 'projector-body with-dashboard' : 'projector-body'}>
        {projected && (
          <section className="projector-dashboard" aria-label={`Dashboard: ${projected.title}`}>
            <h2>{projected.title}</h2>
            <ProjectedDashboard uid={projected.uid} simNow={view.startUnixMs + view.now} />
          </section>
        )}
        <section aria-label="Incident timeline">
          <h2>Timeline</h2>
          <ol className="projector-timeline">
            {timeline.slice(-TIMELINE_ROWS).map((entry) => (
              <li key={entry.id} data-kind={entry.kind}>
                <time>{clockTime(view.startUnixMs, entry.at)}</time> <span className="projector-author">{entry.author}</span> {entry.text}
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="Alerts">
          <h2>Alerts</h2>
          {alerts.length === 0 ? (
            <p>All quiet</p>
          ) : (
            <ul className="projector-alerts">
              {alerts.map((a) => (
                <li key={a.name} data-state={a.state}>
                  {a.name}: {a.state}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
