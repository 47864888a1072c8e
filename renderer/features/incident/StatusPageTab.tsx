import { useId } from 'react';
import type { ComponentStatus, DrillView, IncidentView } from '../../../electron/contract';
import { COMPONENT_STATUS_LIST } from './contract-lists';
import { clockTime } from '../../format';
import { useAppStore } from '../../state/store';
import { fieldError, formLevelError } from './errors';
import { FieldError, FormErrorLine } from './FieldError';
import { COMPONENT_STATUS_LABELS } from './labels';

/** The public status page: each component's state, the draft message, and what has been published. */
export function StatusPageTab({ view, incident }: { view: DrillView; incident: IncidentView }) {
  const id = useId();
  const edits = useAppStore((s) => s.statusPageDraft);
  const setEdits = useAppStore((s) => s.setStatusPageDraft);
  const save = useAppStore((s) => s.saveStatusPage);
  const error = useAppStore((s) => s.incidentErrors.statuspage);
  const busy = useAppStore((s) => s.incidentBusy.statuspage === true);
  const page = edits ?? { components: incident.statusPage.components, draft: incident.statusPage.draft };
  const setComponent = (name: string, status: ComponentStatus) => setEdits({ ...page, components: page.components.map((c) => (c.name === name ? { name, status } : c)) });
  const published = [...incident.statusPage.published].reverse();
  return (
    <div className="statuspage-tab">
      <form
        className="incident-form"
        aria-label="Status page"
        onSubmit={(event) => {
          event.preventDefault();
          void save(true);
        }}
      >
        <fieldset>
          <legend>Components</legend>
          {page.components.length === 0 && <p className="muted">The scenario has no public components.</p>}
          {page.components.map((c) => (
            <div key={c.name} className="form-row component-row">
              <label htmlFor={`${id}-${c.name}`}>{c.name}</label>
              <select id={`${id}-${c.name}`} value={c.status} className={`component-${c.status}`} onChange={(e) => setComponent(c.name, e.target.value as ComponentStatus)}>
                {COMPONENT_STATUS_LIST.map((s) => (
                  <option key={s} value={s}>
                    {COMPONENT_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <label htmlFor={`${id}-draft`}>Public message</label>
        <textarea
          id={`${id}-draft`}
          rows={4}
          value={page.draft}
          onChange={(e) => setEdits({ ...page, draft: e.target.value })}
          placeholder="We are investigating failed payments at checkout. Next update in 30 minutes."
          aria-describedby={`${id}-draft-error`}
        />
        <FieldError id={`${id}-draft-error`} message={fieldError(error, 'draft')} />
        <FormErrorLine message={formLevelError(error, ['draft'])} />
        <div className="form-row">
          <button type="button" disabled={view.ended || busy || !edits} onClick={() => void save(false)}>
            Save draft
          </button>
          <button type="submit" className="primary" disabled={view.ended || busy || !page.draft.trim()}>
            Publish
          </button>
          {edits && <span className="muted">Unsaved changes</span>}
        </div>
      </form>
      <h3>Published</h3>
      {published.length === 0 ? (
        <p className="muted">Nothing published yet: customers see all systems operational.</p>
      ) : (
        <ol className="published" aria-label="Published posts, newest first">
          {published.map((post, i) => (
            <li key={`${post.at}-${i}`}>
              <time className="muted">{clockTime(view.startUnixMs, post.at)} UTC</time>
              <p>{post.message}</p>
              <ul className="chips">
                {post.components.map((c) => (
                  <li key={c.name} className={`chip component-${c.status}`}>
                    {c.name}: {COMPONENT_STATUS_LABELS[c.status]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
