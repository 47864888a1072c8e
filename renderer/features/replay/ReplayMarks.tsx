import { elapsed } from '../../format';
import type { ReplayMark } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';
import { currentMark, markKey } from './replay-format';

/** Every logged event and alert firing of the attempt, in time order: a button jumps the replay there. */
export function ReplayMarks({ marks, now }: { marks: readonly ReplayMark[]; now: number }) {
  const seek = useAppStore((s) => s.seekReplay);
  const current = currentMark(marks, now);
  return (
    <ol className="replay-marks" aria-label="Events to jump to">
      {marks.map((mark, i) => (
        <li key={markKey(mark)}>
          <button
            type="button"
            className={mark.type === 'alert.fired' ? 'replay-mark alert-fired' : 'replay-mark'}
            aria-current={i === current ? 'step' : undefined}
            data-type={mark.type}
            onClick={() => void seek(mark.t)}
          >
            <time>{elapsed(mark.t)}</time> {mark.label}
          </button>
        </li>
      ))}
    </ol>
  );
}
