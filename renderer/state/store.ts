import { create } from 'zustand';
import type { AlertingSlice } from './alerting-slice';
import { createAlertingSlice } from './alerting-slice';
import type { DashboardSlice } from './dashboard-slice';
import { createDashboardSlice } from './dashboard-slice';
import type { DiscoverSlice } from './discover-slice';
import { createDiscoverSlice } from './discover-slice';
import type { DrillSlice } from './drill-slice';
import { createDrillSlice } from './drill-slice';
import type { ExploreSlice } from './explore-slice';
import { createExploreSlice } from './explore-slice';
import type { GradingSlice } from './grading-slice';
import { createGradingSlice } from './grading-slice';
import type { IncidentSlice } from './incident-slice';
import type { InstructorSlice } from './instructor-slice';
import { createInstructorSlice } from './instructor-slice';
import type { LearnersSlice } from './learners-slice';
import { createLearnersSlice } from './learners-slice';
import { createIncidentSlice } from './incident-slice';
import type { PostmortemSlice } from './postmortem-slice';
import { createPostmortemSlice } from './postmortem-slice';
import type { ReplaySlice } from './replay-slice';
import { createReplaySlice } from './replay-slice';
import type { ScenariosSlice } from './scenarios-slice';
import { createScenariosSlice } from './scenarios-slice';

export type AppState = ScenariosSlice & DrillSlice & AlertingSlice & DashboardSlice & ExploreSlice & DiscoverSlice & IncidentSlice & PostmortemSlice & ReplaySlice & LearnersSlice & GradingSlice & InstructorSlice;

/** The renderer's one store, combined from its slices. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createScenariosSlice(...a),
  ...createDrillSlice(...a),
  ...createAlertingSlice(...a),
  ...createDashboardSlice(...a),
  ...createExploreSlice(...a),
  ...createDiscoverSlice(...a),
  ...createIncidentSlice(...a),
  ...createPostmortemSlice(...a),
  ...createReplaySlice(...a),
  ...createLearnersSlice(...a),
  ...createGradingSlice(...a),
  ...createInstructorSlice(...a),
}));
