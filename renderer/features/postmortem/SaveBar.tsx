import type { CriterionResult } from '../../../electron/contract';
import { clockTime } from '../../format';
import type { PostmortemSave } from './types';

/**
 * Save and export, what state the draft is in, and the postmortem criteria of the attempt's score (they move with
 * each save). A failed save or export shows here and leaves the draft as it is.
 */
export function SaveBar({
  saved,
  dirty,
  busy,
  error,
  startUnixMs,
  criteria,
  onSave,
  onExport,
}: {
  saved: PostmortemSave | null;
  dirty: boolean;
  busy: boolean;
  error: string | undefined;
  startUnixMs: number | undefined;
  criteria: CriterionResult[];
  onSave(): void;
  onExport(): void;
}) {
  const savedAt = saved && (startUnixMs === undefined ? `save #${saved.seq}` : `${clockTime(startUnixMs, saved.savedAt)} UTC`);
  return (
    <section className="pm-savebar" aria-label="Save postmortem">
      <div className="pm-save-actions">
        <button type="button" className="primary" onClick={onSave} disabled={busy} aria-keyshortcuts="Control+S">
          {busy ? 'Saving…' : 'Save postmortem'}
        </button>
        <button type="button" onClick={onExport} disabled={!saved}>
          Export as Markdown
        </button>
        <p role="status" className="pm-save-state">
          {saved ? `Saved at ${savedAt}` : 'Not saved yet'}
        </p>
        {dirty && <p className="pm-dirty">Unsaved changes</p>}
      </div>
      {error && (
        <p role="alert" className="pm-error">
          {error}
        </p>
      )}
      {saved && criteria.length > 0 && (
        <table className="pm-criteria" aria-label="Postmortem score">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Points</th>
              <th scope="col">Feedback</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id} className={c.points < 0 ? 'penalty' : c.points > 0 ? 'met' : 'missed'}>
                <td>{c.id}</td>
                <td>
                  {c.points} / {c.max}
                </td>
                <td>{c.feedback}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
