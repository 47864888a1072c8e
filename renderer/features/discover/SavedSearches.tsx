import { useEffect, useId, useRef, useState } from 'react';
import type { SavedSearch, TimeRangeText } from '../../../electron/contract';
import { api } from '../../api/client';
import { checkSearchName } from './saved-search-name';
import './discover-side.css';

type Current = { query: string; columns: string[]; time: TimeRangeText };
type ListState = { status: 'loading' } | { status: 'ok'; searches: SavedSearch[] } | { status: 'error'; message: string };

/**
 * Discover's saved searches (Kibana's saved Discover sessions): a menu that loads the learner's searches when
 * it opens, opens or deletes one (after asking), and saves the current query and columns, with the time
 * range when asked to.
 */
export function SavedSearches({ current, onOpen }: { current: Current; onOpen(search: SavedSearch): void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  // A click outside the menu closes it, as a popover does.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const load = async () => {
    setList({ status: 'loading' });
    const result = await api().invoke('logs.savedSearches', {});
    setList(result.ok ? { status: 'ok', searches: result.value } : { status: 'error', message: result.error.message });
  };
  const toggle = () => {
    if (!open) void load();
    setOpen(!open);
    setSaving(false);
    setStatus('');
  };
  const searches = list.status === 'ok' ? list.searches : [];
  const onSaved = (saved: SavedSearch) => {
    const rest = searches.filter((s) => s.name !== saved.name);
    setList({ status: 'ok', searches: [...rest, saved].sort((a, b) => a.name.localeCompare(b.name)) });
    setSaving(false);
    setStatus(`Saved "${saved.name}"`);
  };
  const onDeleted = (name: string) => {
    setList({ status: 'ok', searches: searches.filter((s) => s.name !== name) });
    setStatus(`Deleted "${name}"`);
  };

  return (
    <div
      className="saved-searches"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={toggle}>
        Saved searches
      </button>
      {open && (
        <section id={`${id}-panel`} className="saved-searches-panel" aria-label="Saved searches">
          {list.status === 'loading' && <p className="muted">Loading saved searches…</p>}
          {list.status === 'error' && (
            <p className="side-error" role="alert">
              Could not load the saved searches: {list.message}
            </p>
          )}
          {list.status === 'ok' && list.searches.length === 0 && <p className="muted">No saved searches yet.</p>}
          {searches.length > 0 && (
            <ul className="saved-search-list" aria-label="Saved searches">
              {searches.map((search) => (
                <SavedSearchItem
                  key={search.name}
                  search={search}
                  onOpen={() => {
                    onOpen(search);
                    setOpen(false);
                  }}
                  onDeleted={() => onDeleted(search.name)}
                />
              ))}
            </ul>
          )}
          {saving ? (
            <SaveSearchForm current={current} saved={searches} onSaved={onSaved} onCancel={() => setSaving(false)} />
          ) : (
            <button type="button" onClick={() => {
                setSaving(true);
                setStatus('');
              }}>
              Save current search…
            </button>
          )}
          <p className="muted saved-search-status" role="status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}

/** One saved search: open it, or delete it once confirmed (a failed delete says why beside it). */
function SavedSearchItem({ search, onOpen, onDeleted }: { search: SavedSearch; onOpen(): void; onDeleted(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async () => {
    setBusy(true);
    const result = await api().invoke('logs.deleteSearch', { name: search.name });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (!result.value) setError(`"${search.name}" was already deleted`);
    else onDeleted();
    setConfirming(false);
  };
  return (
    <li className="saved-search">
      <div className="saved-search-head">
        <button type="button" className="saved-search-open" aria-label={`Open ${search.name}`} onClick={onOpen}>
          {search.name}
        </button>
        <button type="button" aria-label={`Delete ${search.name}`} title="Delete" disabled={busy} onClick={() => {
            setConfirming(true);
            setError(undefined);
          }}>
          ×
        </button>
      </div>
      <code className="saved-search-query">{search.query || '(every event)'}</code>
      {search.time && (
        <span className="saved-search-time muted">
          {search.time.from} → {search.time.to}
        </span>
      )}
      {confirming && (
        <div className="saved-search-confirm" role="group" aria-label={`Delete ${search.name}?`}>
          <span>Delete "{search.name}"? This cannot be undone.</span>
          <button type="button" disabled={busy} onClick={() => void remove()}>
            Confirm delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="side-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

type FormProps = { current: Current; saved: SavedSearch[]; onSaved(search: SavedSearch): void; onCancel(): void };

/**
 * "Save current search…": a name and whether to keep the time range. A taken name asks before replacing that
 * search; a refusal from the back end is shown under the form with the typed name kept.
 */
function SaveSearchForm({ current, saved, onSaved, onCancel }: FormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [withTime, setWithTime] = useState(false);
  const [error, setError] = useState<string>();
  const [replacing, setReplacing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async (finalName: string) => {
    setBusy(true);
    const input = { name: finalName, query: current.query, columns: current.columns, ...(withTime ? { time: { from: current.time.from, to: current.time.to } } : {}) };
    const result = await api().invoke('logs.saveSearch', input);
    setBusy(false);
    setReplacing(undefined);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  };
  const submit = () => {
    const checked = checkSearchName(name, saved);
    if (!checked.ok) return setError(checked.reason);
    setError(undefined);
    if (checked.replaces) setReplacing(checked.name);
    else void save(checked.name);
  };
  return (
    <form
      className="save-search-form"
      aria-label="Save current search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={name} maxLength={200} autoFocus aria-invalid={error !== undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => {
          setName(e.target.value);
          setReplacing(undefined);
        }} />
      <label className="save-search-time">
        <input type="checkbox" checked={withTime} onChange={(e) => setWithTime(e.target.checked)} />
        Save with time range
      </label>
      {withTime && (
        <span className="muted">
          {current.time.from} → {current.time.to}
        </span>
      )}
      {replacing !== undefined ? (
        <div className="saved-search-confirm" role="group" aria-label="Replace saved search?">
          <span>A saved search named "{replacing}" exists. Replace it?</span>
          <button type="button" disabled={busy} onClick={() => void save(replacing)}>
            Replace
          </button>
          <button type="button" onClick={() => setReplacing(undefined)}>
            Choose another name
          </button>
        </div>
      ) : (
        <div className="save-search-actions">
          <button type="submit" disabled={busy}>
            Save
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="side-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
