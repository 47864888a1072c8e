import { useState } from 'react';
import type { DrillView } from '../../../electron/contract';
import { clockTime, elapsed } from '../../format';
import { IncidentStatusBar } from '../incident/IncidentStatusBar';
import { SettingsButton } from '../settings/SettingsDialog';
import { appSelectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TeamSwitcher } from '../team/TeamSwitcher';
import { ClassroomLinks } from '../classroom/ClassroomLinks';

const SPEEDS = [
  { speed: 0, label: 'Pause' },
  { speed: 1, label: '1×' },
  { speed: 10, label: '10×' },
  { speed: 60, label: '60×' },
] as const;

/** The drill's title, clock, who acts (a team drill) and controls; in a replay only what it shows (the replay bar has the controls). */
export function DrillHeader({ view, replay = false }: { view: DrillView; replay?: boolean }) {
  return (
    <header className="drill-header">
      <div className="title">
        <strong>{view.title}</strong>{' '}
        <span className="difficulty-badge" title="Difficulty level">
          {view.difficulty.label}
        </span>
        <span className="clock" aria-label="Simulated time">
          {clockTime(view.startUnixMs, view.now)} <span className="elapsed">{elapsed(view.now)}</span>
        </span>
      </div>
      {view.team && <TeamSwitcher team={view.team} locked={replay || view.ended} />}
      {replay ? <IncidentStatusBar view={{ ...view, ended: true }} /> : <LiveControls view={view} />}
      <SettingsButton />
      {/* The instructor may open the console or the projector mid-drill (in the desktop app the Classroom menu does too). */}
      {!replay && <ClassroomLinks />}
    </header>
  );
}

/** Speed, resolution and end: what a learner does to the live drill from the header. */
function LiveControls({ view }: { view: DrillView }) {
  const speed = useAppStore(appSelectors.speed);
  const pausedByInstructor = useAppStore((s) => s.speed === 0 && s.speedBy === 'instructor');
  const setSpeed = useAppStore((s) => s.setSpeed);
  const resolveIncident = useAppStore((s) => s.resolveIncident);
  const endDrill = useAppStore((s) => s.endDrill);
  const [summary, setSummary] = useState('');
  const resolved = view.incident.status === 'resolved';
  return (
    <>
      <div className="speed" role="group" aria-label="Clock speed">
        {SPEEDS.map((s) => (
          <button key={s.speed} type="button" aria-pressed={speed === s.speed} disabled={view.ended} onClick={() => void setSpeed(s.speed)}>
            {s.label}
          </button>
        ))}
      </div>
      {pausedByInstructor && !view.ended && (
        <span className="paused-by-instructor" role="status">
          Paused by the instructor
        </span>
      )}
      <form
        className="resolve"
        onSubmit={(event) => {
          event.preventDefault();
          void resolveIncident(summary);
        }}
      >
        <label>
          <span className="visually-hidden">Resolution summary</span>
          <input value={summary} onChange={(e) => setSummary(e.target.value)} placeholder="Resolution summary" disabled={view.ended || resolved} />
        </label>
        <button type="submit" disabled={view.ended || resolved}>
          {resolved ? 'Incident resolved' : 'Resolve incident'}
        </button>
      </form>
      {!view.ended && (
        <button type="button" className="end" onClick={() => void endDrill()}>
          End drill
        </button>
      )}
      <IncidentStatusBar view={view} />
    </>
  );
}
