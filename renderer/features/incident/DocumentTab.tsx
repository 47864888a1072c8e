import { useEffect } from 'react';
import type { DrillView, IncidentView, KeyMoment } from '../../../electron/contract';
import { KEY_MOMENT_LIST } from './contract-lists';
import { clockTime } from '../../format';
import { useAppStore } from '../../state/store';
import { FormErrorLine } from './FieldError';
import { STATUS_LABELS } from './labels';
import { NoteForm } from './NoteForm';
import { RoleHolders } from './RoleHolders';

/** While open, the document is fetched again when the incident changes and every half sim minute (alerts land in it too). */
const TIMELINE_REFRESH_MS = 30_000;

/** The living incident document (Google SRE's): the state, the command hierarchy and the timeline, newest first, in UTC. */
export function DocumentTab({ view, incident }: { view: DrillView; incident: IncidentView }) {
  const timeline = useAppStore((s) => s.incidentTimeline);
  const loadTimeline = useAppStore((s) => s.loadTimeline);
  const markEntry = useAppStore((s) => s.markEntry);
  const markError = useAppStore((s) => s.incidentErrors.mark);
  const slot = Math.floor(view.now / TIMELINE_REFRESH_MS);
  useEffect(() => {
    void loadTimeline();
  }, [loadTimeline, incident.revision, slot]);
  const clock = (ms: number) => `${clockTime(view.startUnixMs, ms)} UTC`;
  const entries = [...(timeline ?? [])].reverse();
  return (
    <article className="document-tab" aria-label="Incident document">
      <h3 className="doc-title">{incident.declared ? incident.title : 'Undeclared incident'}</h3>
      <dl className="doc-facts">
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[incident.status]}</dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>{incident.severity ?? '—'}</dd>
        </div>
        {incident.declaredAt !== undefined && (
          <div>
            <dt>Declared</dt>
            <dd>{clock(incident.declaredAt)}</dd>
          </div>
        )}
        {incident.impact && (
          <div>
            <dt>Impact</dt>
            <dd>{incident.impact}</dd>
          </div>
        )}
      </dl>
      <h3>Command hierarchy</h3>
      <RoleHolders incident={incident} />
      <h3>Add note</h3>
      <NoteForm />
      <h3>Timeline</h3>
      <FormErrorLine message={markError?.message} />
      {timeline === undefined ? (
        <p className="muted">Loading the timeline…</p>
      ) : (
        <ol className="doc-timeline" aria-label="Timeline, newest first">
          {entries.map((entry) => {
            const key = incident.marks[entry.id] ?? entry.key;
            const time = clock(entry.at);
            return (
              <li key={entry.id} className={key ? `entry key-moment key-${key}` : 'entry'}>
                <div className="entry-head">
                  <time>{time}</time>
                  <span className="entry-author">{entry.author}</span>
                  <span className="entry-kind muted">{entry.kind}</span>
                  {key && <span className="key-badge">{key}</span>}
                  <label className="entry-mark">
                    <span className="visually-hidden">Mark entry at {time}</span>
                    <select value={key ?? ''} onChange={(e) => void markEntry(entry.id, (e.target.value || null) as KeyMoment | null)}>
                      <option value="">{key ? 'none' : 'Mark…'}</option>
                      {KEY_MOMENT_LIST.map((k) => (
                        <option key={k} value={k}>
                          {k}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                <p className="entry-text">{entry.text}</p>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
