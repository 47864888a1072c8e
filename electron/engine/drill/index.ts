export { Drill } from './drill';
export type { ActionOutcome, DrillView, IncidentState, Occurrence } from './drill';
export { actionText } from './actions';
export type { DrillAction, DrillActionType, DrillEvent } from './actions';
export { replayDrill, eventToAction } from './replay';
