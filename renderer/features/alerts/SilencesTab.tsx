import { useState } from 'react';
import type { DrillView, SilenceView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { simClock } from './alert-format';
import { SilenceForm } from './SilenceForm';

const STATES = ['active', 'pending', 'expired'] as const;

function matcherText(m: SilenceView['matchers'][number]): string {
  const op = `${m.isEqual === false ? '!' : '='}${m.isRegex ? '~' : '='}`.replace('==', '=');
  return `${m.name}${op}"${m.value}"`;
}

/** Alertmanager's silences page: active, pending and expired silences, expiring one, and a new-silence form. */
export function SilencesTab({ view }: { view: DrillView }) {
  const expireSilence = useAppStore((s) => s.expireSilence);
  const [creating, setCreating] = useState(false);
  return (
    <div className="silences-tab">
      {creating ? (
        <SilenceForm initial={[{ name: 'alertname', value: '' }]} onDone={() => setCreating(false)} />
      ) : (
        <button type="button" disabled={view.ended} onClick={() => setCreating(true)}>
          New silence
        </button>
      )}
      {STATES.map((state) => {
        const silences = view.alerting.silences.filter((s) => s.state === state);
        return (
          <section key={state} aria-label={`${state} silences`}>
            <h3>
              {state[0]!.toUpperCase() + state.slice(1)} ({silences.length})
            </h3>
            <ul className="silences">
              {silences.map((silence) => (
                <li key={silence.id} className={`silence silence-${state}`} data-testid="silence" data-state={state}>
                  <ul className="chips" aria-label="Matchers">
                    {silence.matchers.map((m, i) => (
                      <li key={i} className="chip">
                        {matcherText(m)}
                      </li>
                    ))}
                  </ul>
                  <div className="summary">{silence.comment}</div>
                  <div className="muted">
                    {silence.id} by {silence.createdBy}, {simClock(silence.startsAtMs)} – {simClock(silence.endsAtMs)}
                  </div>
                  {state !== 'expired' && (
                    <button type="button" disabled={view.ended} onClick={() => void expireSilence(silence.id)}>
                      Expire
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
