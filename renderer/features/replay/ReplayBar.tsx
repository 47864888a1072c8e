import { clockTime, elapsed } from '../../format';
import { REPLAY_SPEEDS } from '../../state/replay-slice';
import type { OpenReplay } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';
import { markPosition, markKey } from './replay-format';
import { ReplayMarks } from './ReplayMarks';
import { usePlayback } from './usePlayback';

/** The scrubber's keyboard step: one sim second (a tick), PageUp/PageDown move a tenth of the attempt. */
const STEP_MS = 1000;

/** Play, pause, speed, the scrubber with the attempt's events on it, the time, and the way out. */
export function ReplayBar({ replay }: { replay: OpenReplay }) {
  const at = useAppStore((s) => s.replayAt);
  const playing = useAppStore((s) => s.replayPlaying);
  const speed = useAppStore((s) => s.replaySpeed);
  const error = useAppStore((s) => s.replayError);
  const play = useAppStore((s) => s.playReplay);
  const pause = useAppStore((s) => s.pauseReplay);
  const setSpeed = useAppStore((s) => s.setReplaySpeed);
  const seek = useAppStore((s) => s.seekReplay);
  const close = useAppStore((s) => s.closeReplay);
  usePlayback();
  const time = `${clockTime(replay.startUnixMs, at)} ${elapsed(at)}`;
  return (
    <section className="replay-bar" aria-label="Replay">
      <div className="replay-controls">
        <strong className="replay-badge">Replay · attempt {replay.attempt}</strong>
        <button type="button" onClick={playing ? pause : play}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <div className="replay-speed" role="group" aria-label="Replay speed">
          {REPLAY_SPEEDS.map((s) => (
            <button key={s} type="button" aria-pressed={speed === s} onClick={() => setSpeed(s)}>
              {s}×
            </button>
          ))}
        </div>
        <output className="replay-time" aria-label="Replay time">
          {clockTime(replay.startUnixMs, at)} <span className="elapsed">{elapsed(at)}</span> <span className="muted">of {elapsed(replay.endsAt)}</span>
        </output>
        <button type="button" className="replay-close" onClick={() => void close()}>
          Close replay
        </button>
      </div>
      <div className="replay-track">
        <input
          type="range"
          min={0}
          max={replay.endsAt}
          step={STEP_MS}
          value={Math.min(at, replay.endsAt)}
          aria-label="Replay position"
          aria-valuetext={time}
          onChange={(event) => void seek(Number(event.target.value))}
        />
        <div className="replay-ticks" aria-hidden="true">
          {replay.marks.map((mark) => (
            <span key={markKey(mark)} className={mark.type === 'alert.fired' ? 'replay-tick alert-fired' : 'replay-tick'} style={{ left: `${markPosition(mark.t, replay.endsAt)}%` }} />
          ))}
        </div>
      </div>
      <ReplayMarks marks={replay.marks} now={at} />
      {error && (
        <p className="replay-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
