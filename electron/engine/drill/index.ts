export { Drill } from './drill';
export type { ActionOutcome, DrillView, IncidentState, Occurrence } from './drill';
export { actionText } from './actions';
export type { DrillAction, DrillActionType, DrillEvent } from './actions';
export { replayDrill, eventToAction } from './replay';
export { INCIDENT_ACTION_TYPES, isIncidentAction } from './incident/actions';
export type { IncidentAction, IncidentOutcome } from './incident/actions';
export { interpretChat } from './incident/chat';
export { buildTimeline } from './incident/timeline';
