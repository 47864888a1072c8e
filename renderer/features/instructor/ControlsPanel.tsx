import { useState } from 'react';
import type { InstructorView } from '../../../electron/contract/requests';
import { useAppStore } from '../../state/store';

const SPEEDS = [1, 10, 60] as const;

/** Pause/resume, speed, a message from the script library, the next hint, the end of the drill. */
export function ControlsPanel({ view }: { view: InstructorView }) {
  const clock = useAppStore((s) => s.instructorClock);
  const inject = useAppStore((s) => s.instructorInject);
  const hint = useAppStore((s) => s.instructorHint);
  const end = useAppStore((s) => s.instructorEnd);
  const [message, setMessage] = useState(view.library[0]?.id ?? '');
  const ended = view.learner.ended;
  const chosen = view.library.find((m) => m.id === message);
  return (
    <section className="instructor-panel" aria-label="Controls">
      <h2>Controls</h2>
      <div className="instructor-row">
        {view.speed === 0 ? (
          <button disabled={ended} onClick={() => void clock(view.resumeSpeed)}>
            Resume ×{view.resumeSpeed}
          </button>
        ) : (
          <button disabled={ended} onClick={() => void clock(0)}>
            Pause
          </button>
        )}
        {SPEEDS.map((s) => (
          <button key={s} disabled={ended} aria-pressed={view.speed === s} onClick={() => void clock(s)}>
            ×{s}
          </button>
        ))}
      </div>
      <div className="instructor-row">
        <label>
          Message from the script
          <select value={message} onChange={(e) => setMessage(e.target.value)}>
            {view.library.map((m) => (
              <option key={m.id} value={m.id}>
                {m.from}: {m.id}
              </option>
            ))}
          </select>
        </label>
        <button disabled={ended || !chosen} onClick={() => void inject(message)}>
          Send message
        </button>
      </div>
      {chosen && <p className="instructor-preview">“{chosen.text}”</p>}
      <div className="instructor-row">
        <button disabled={ended || view.hints.left === 0} onClick={() => void hint()}>
          Reveal next hint
        </button>
        <button
          disabled={ended}
          onClick={() => {
            if (window.confirm('End the drill for the learner now?')) void end();
          }}
        >
          End drill
        </button>
      </div>
      <h3>Interventions</h3>
      <ol aria-label="Interventions">
        {view.interventions.map((i) => (
          <li key={i.seq}>{i.label}</li>
        ))}
      </ol>
    </section>
  );
}
