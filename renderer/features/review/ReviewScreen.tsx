import type { ScoreReport } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import type { ReviewTab } from '../../state/postmortem-slice';
import { Tabs } from '../alerts/Tabs';
import type { TabSpec } from '../alerts/Tabs';
import { DebriefView } from '../debrief/DebriefView';
import { PostmortemEditor } from '../postmortem/PostmortemEditor';
import { ScoreView } from '../score/ScoreView';

const TABS: TabSpec<ReviewTab>[] = [
  { key: 'score', label: 'Score' },
  { key: 'postmortem', label: 'Postmortem' },
  { key: 'debrief', label: 'Debrief' },
];

/**
 * After the drill: the whole window for learning from it — the score, the postmortem and the debrief as tabs,
 * with a way back to the drill's screen (still scored, read-only) or on to a new drill.
 */
export function ReviewScreen({ title, score }: { title: string; score: ScoreReport }) {
  const tab = useAppStore((s) => s.reviewTab);
  const setTab = useAppStore((s) => s.setReviewTab);
  const close = useAppStore((s) => s.closeReview);
  const leave = useAppStore((s) => s.leaveScore);
  const reset = useAppStore((s) => s.resetPostmortem);
  return (
    <main className="review-screen" aria-labelledby="review-title">
      <header className="review-header">
        <h1 id="review-title">Review: {title}</h1>
        <div className="review-actions">
          <button type="button" onClick={close}>
            Back to the drill
          </button>
          <button
            type="button"
            onClick={() => {
              reset();
              leave();
            }}
          >
            New drill
          </button>
        </div>
      </header>
      <Tabs label="Review" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'score' && <ScoreView score={score} inReview />}
        {tab === 'postmortem' && <PostmortemEditor />}
        {tab === 'debrief' && <DebriefView />}
      </Tabs>
    </main>
  );
}
