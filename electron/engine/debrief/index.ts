export { buildDebrief, drillPath } from './build';
export type { DebriefInput, DebriefPath } from './build';
export { pathMoments } from './moments';
export { sampleSignal, SIGNAL_STEP_MS } from './signal';
export { practiseNext } from './practise';
export { DEBRIEF_LANES } from './types';
export type { Debrief, DebriefCriterion, DebriefLane, DebriefMoment } from './types';
