import { useId, useRef, useState } from 'react';
import type { SilenceRequest } from '../../state/alerting-slice';
import { useAppStore } from '../../state/store';

type Operator = '=' | '!=' | '=~' | '!~';
type MatcherDraft = { key: number; name: string; operator: Operator; value: string };

const OPERATORS: Operator[] = ['=', '!=', '=~', '!~'];

/** Equality matchers for every label of an alert (alertname first), as Alertmanager's "Silence" button prefills them. */
export function matchersFor(labels: Record<string, string>): { name: string; value: string }[] {
  return Object.entries(labels)
    .sort(([a], [b]) => (a === 'alertname' ? -1 : b === 'alertname' ? 1 : a.localeCompare(b)))
    .map(([name, value]) => ({ name, value }));
}

function toRequest(matchers: MatcherDraft[], duration: string, comment: string, createdBy: string): SilenceRequest {
  return {
    matchers: matchers.map((m) => ({ name: m.name.trim(), value: m.value, isRegex: m.operator.endsWith('~'), isEqual: !m.operator.startsWith('!') })),
    duration: duration.trim(),
    comment: comment.trim(),
    ...(createdBy.trim() ? { createdBy: createdBy.trim() } : {}),
  };
}

/** Alertmanager's silence editor: matchers (editable, removable), duration, creator and a required comment. */
export function SilenceForm({ initial, onDone }: { initial: { name: string; value: string }[]; onDone(): void }) {
  const id = useId();
  const createSilence = useAppStore((s) => s.createSilence);
  const nextKey = useRef(initial.length);
  const [matchers, setMatchers] = useState<MatcherDraft[]>(() => initial.map((m, key) => ({ key, name: m.name, operator: '=', value: m.value })));
  const [duration, setDuration] = useState('2h');
  const [comment, setComment] = useState('');
  const [createdBy, setCreatedBy] = useState('');
  const [busy, setBusy] = useState(false);
  const update = (key: number, change: Partial<MatcherDraft>) => setMatchers((all) => all.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const valid = matchers.length > 0 && matchers.every((m) => m.name.trim()) && /^([0-9]+(ms|s|m|h|d|w|y))+$/.test(duration.trim()) && comment.trim() !== '';
  return (
    <form
      className="silence-form"
      aria-label="New silence"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid || busy) return;
        setBusy(true);
        void createSilence(toRequest(matchers, duration, comment, createdBy)).then((created) => {
          setBusy(false);
          if (created) onDone();
        });
      }}
    >
      <fieldset>
        <legend>Matchers</legend>
        {matchers.length === 0 && <p className="muted">A silence needs at least one matcher.</p>}
        {matchers.map((m, i) => (
          <div key={m.key} className="matcher" role="group" aria-label={`Matcher ${i + 1}`}>
            <input aria-label={`Matcher ${i + 1} label name`} value={m.name} onChange={(e) => update(m.key, { name: e.target.value })} required />
            <select aria-label={`Matcher ${i + 1} operator`} value={m.operator} onChange={(e) => update(m.key, { operator: e.target.value as Operator })}>
              {OPERATORS.map((op) => (
                <option key={op}>{op}</option>
              ))}
            </select>
            <input aria-label={`Matcher ${i + 1} value`} value={m.value} onChange={(e) => update(m.key, { value: e.target.value })} />
            <button type="button" aria-label={`Remove matcher ${m.name || i + 1}`} onClick={() => setMatchers((all) => all.filter((x) => x.key !== m.key))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setMatchers((all) => [...all, { key: nextKey.current++, name: '', operator: '=', value: '' }])}>
          Add matcher
        </button>
      </fieldset>
      <div className="form-row">
        <label htmlFor={`${id}-duration`}>Duration</label>
        <input id={`${id}-duration`} value={duration} onChange={(e) => setDuration(e.target.value)} required size={6} />
        <label htmlFor={`${id}-creator`}>Created by</label>
        <input id={`${id}-creator`} value={createdBy} onChange={(e) => setCreatedBy(e.target.value)} placeholder="you" size={12} />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-comment`}>Comment</label>
        <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} required rows={2} />
      </div>
      <div className="form-row">
        <button type="submit" disabled={!valid || busy}>
          Create silence
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
