import { useAppStore } from '../../state/store';
import { DebriefView } from '../debrief/DebriefView';

/**
 * A past attempt's debrief, opened from history. Its replay is open underneath at the attempt's end (the back end
 * answers `debrief.get` for an open replay), so "Open the replay" is one step away.
 */
export function AttemptDebrief() {
  const replay = useAppStore((s) => s.replay);
  const showReplay = useAppStore((s) => s.showDebriefReplay);
  const close = useAppStore((s) => s.closeDebrief);
  return (
    <main className="review-screen" aria-labelledby="attempt-debrief-title">
      <header className="review-header">
        <h1 id="attempt-debrief-title">Debrief: {replay?.title ?? 'attempt'}</h1>
        <div className="review-actions">
          <button type="button" onClick={showReplay}>
            Open the replay
          </button>
          <button type="button" onClick={() => void close()}>
            Back to history
          </button>
        </div>
      </header>
      {replay && <DebriefView key={replay.attempt} />}
    </main>
  );
}
