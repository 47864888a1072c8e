import { useAppStore } from '../../state/store';
import { DrillScreen } from '../drill/DrillScreen';
import { ReplayUnavailable } from './ReplayUnavailable';

/** A past attempt: the drill screen at the replay's moment, or the stored events when it cannot be re-derived. */
export function ReplayScreen() {
  const missing = useAppStore((s) => s.replayMissing);
  const replay = useAppStore((s) => s.replay);
  const view = useAppStore((s) => s.replayView);
  if (missing) return <ReplayUnavailable replay={missing} />;
  if (!replay || !view) {
    return (
      <main className="picker">
        <p role="status">Opening the replay…</p>
      </main>
    );
  }
  return <DrillScreen view={view} replay={replay} />;
}
