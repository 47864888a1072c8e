import { useEffect } from 'react';
import { api } from '../api/client';
import { ClassroomLinks } from '../features/classroom/ClassroomLinks';
import { DrillScreen } from '../features/drill/DrillScreen';
import { GradingScreen } from '../features/grading/GradingScreen';
import { ReplayScreen } from '../features/replay/ReplayScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { ScenarioPicker } from '../features/scenarios/ScenarioPicker';
import { AttemptDebrief } from '../features/learners/AttemptDebrief';
import { useAppliedSettings } from '../features/settings/useAppliedSettings';
import { appSelectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import { coalesced } from './coalesced';
import { ErrorBanner } from './ErrorBanner';

/** Refreshes the view whenever the clock moves or an alert changes; at most one refresh in flight. */
function useLiveRefresh(): void {
  useEffect(() => {
    const refresh = coalesced(async () => {
      if (useAppStore.getState().view) await useAppStore.getState().refreshView();
    });
    const subscriptions = [
      api().on('clock.ticked', (tick) => {
        // The speed buttons show the back end's clock, also when the instructor console changed it.
        useAppStore.getState().clockTicked(tick.speed, tick.speedBy);
        void refresh();
      }),
      api().on('alert.fired', () => void refresh()),
      api().on('alert.resolved', () => void refresh()),
      api().on('drill.ended', () => void refresh()),
    ];
    return () => subscriptions.forEach((unsubscribe) => unsubscribe());
  }, []);
}

export function App() {
  const view = useAppStore(appSelectors.view);
  const score = useAppStore(appSelectors.score);
  const reviewOpen = useAppStore((s) => s.reviewOpen);
  const replayOpen = useAppStore((s) => s.replay !== undefined || s.replayMissing !== undefined);
  const loadScenarios = useAppStore((s) => s.loadScenarios);
  useLiveRefresh();
  useAppliedSettings();
  const debriefOpen = useAppStore((s) => s.historyDebrief !== undefined && s.replay !== undefined);
  const gradingOpen = useAppStore((s) => s.gradingOpen);
  useEffect(() => {
    void loadScenarios();
  }, [loadScenarios]);
  return (
    <div className="app">
      <ErrorBanner />
      {debriefOpen ? (
        <AttemptDebrief />
      ) : replayOpen ? (
        <ReplayScreen />
      ) : view && score && reviewOpen ? (
        <ReviewScreen title={view.title} score={score} />
      ) : view ? (
        <DrillScreen view={view} score={score} />
      ) : gradingOpen ? (
        <GradingScreen />
      ) : (
        <>
          {/* The instructor opens the console and the projector before a drill, or from the drill's header during one. */}
          <ClassroomLinks />
          <ScenarioPicker />
        </>
      )}
    </div>
  );
}
