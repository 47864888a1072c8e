import type { DrillView, IncidentView, Task } from '../../../electron/contract';
import { clockTime } from '../../format';
import { useAppStore } from '../../state/store';
import { AssignForm } from './AssignForm';
import { ROLE_LABELS } from './labels';
import { messageElementId } from './MessageItem';
import { rolesHeldBy } from './people';
import { RoleHolders } from './RoleHolders';

function taskState(task: Task, clock: (ms: number) => string): string {
  if (task.state === 'declined') return 'declined';
  if (task.state === 'done') return task.reportedAt === undefined ? 'done' : `reported at ${clock(task.reportedAt)}`;
  return `working, due at ${clock(task.dueAt)}`;
}

/** Who is on the incident, who holds which role, the assign form, and the tasks handed out. */
export function TeamTab({ view, incident }: { view: DrillView; incident: IncidentView }) {
  const setTab = useAppStore((s) => s.setIncidentTab);
  const clock = (ms: number) => clockTime(view.startUnixMs, ms);
  const showFinding = (message: string) => {
    setTab('incident');
    // The channel renders on the next frame; then the finding can be brought into view.
    requestAnimationFrame(() => {
      const element = document.getElementById(messageElementId(message));
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    });
  };
  return (
    <div className="team-tab">
      <h3>Roles</h3>
      <RoleHolders incident={incident} />
      <h3>Team</h3>
      <table className="roster">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {incident.team.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>{t.title}</td>
              <td>{rolesHeldBy(incident, t.id).map((r) => ROLE_LABELS[r]).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Assign</h3>
      <AssignForm incident={incident} disabled={view.ended} />
      <h3>Tasks</h3>
      {incident.tasks.length === 0 ? (
        <p className="muted">No tasks handed out yet.</p>
      ) : (
        <ul className="tasks">
          {incident.tasks.map((task) => (
            <li key={task.id} className={`task task-${task.state}`}>
              <strong>{incident.team.find((t) => t.id === task.teammate)?.name ?? task.teammate}</strong>: {task.text}
              <div className="muted">
                assigned {clock(task.assignedAt)}
                {task.reportBy !== undefined && `, report by ${clock(task.reportBy)}`} · {taskState(task, clock)}
              </div>
              {task.finding && (
                <button type="button" className="link" onClick={() => showFinding(task.finding!)}>
                  Show finding
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
