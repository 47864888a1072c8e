import type { PushEventName, PushEvents } from './events';
import type { RequestInput, RequestName, RequestOutputs } from './requests';
import type { Result } from './result';

export { requestSpecs, isRequestName, CLOCK_SPEEDS, MESSAGE_MAX } from './requests';
export { THEMES, TEXT_SIZES, DEFAULT_SPEEDS } from './requests';
export type { LearnerProfile, LearnerList, LearnerDeleted, Settings, AttemptResumed } from './requests';
export type {
  RequestName,
  RequestInput,
  ValidInput,
  RequestOutputs,
  ScenarioSummary,
  DifficultySummary,
  PromqlResult,
  ScenarioProblemReport,
  ScenarioImport,
  DrillStarted,
  Runbook,
  TerminalCompletion,
  TerminalPoll,
  TerminalState,
  DashboardSource,
  DashboardSummary,
  DashboardDocument,
  DashboardSaved,
  SavedSearch,
  IncidentView,
  PostmortemState,
  PostmortemSaved,
  AttemptSummary,
  ReplayOpened,
  ReplayMark,
  TranscriptEntry,
  InstructorView,
  InstructorStatus,
  ProjectorState,
  GradeRescoreOutcome,
  GradeImportOutcome,
} from './requests';
export type * from '../engine/postmortem/types';
export type * from '../engine/debrief/types';
export type * from '../engine/team/types';
export type * from '../engine/drill/incident/types';
export {
  SEVERITIES,
  INCIDENT_STATUSES,
  ROLES,
  CHANNELS,
  KEY_MOMENTS,
  CHECKLIST_STEPS,
  COMPONENT_STATUSES,
} from '../engine/drill/incident/types';
export type { IncidentOutcome } from '../engine/drill/incident/actions';
export type { TeammateSpec, StakeholderSpec } from '../engine/scenario/incident-schema';
export type * from '../engine/logs/types';
export type * from '../engine/dashboards/model';
export type { ActiveTarget, TargetsStatus } from '../engine/sim/outputs/targets-status';
export type { PushEvents, PushEventName, SpeedSetter } from './events';
export { PUSH_EVENT_NAMES } from './events';
export type { Result, RequestError, ErrorCode } from './result';
export { ok, err } from './result';
export { validateRequest } from './validate';
export type { DrillView, ActionOutcome } from '../engine/drill';
export type { ScoreReport, CriterionResult } from '../engine/scoring';
export type { AlertState } from '../engine/alerting';
export type { EcsEvent } from '../engine/logs';

/** The API every transport exposes: typed requests and pushed events. */
export type Api = {
  invoke<K extends RequestName>(method: K, input: RequestInput<K>): Promise<Result<RequestOutputs[K]>>;
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends PushEventName>(event: E, handler: (payload: PushEvents[E]) => void): () => void;
};
export { INVOKE_CHANNEL, EVENT_CHANNEL } from './ipc-channels';
export type { AlertingView, AlertView, Delivery, Page, RouteGroupView, RuleView, SilenceView } from '../engine/drill/alerting-view';
export type { AlertTimeline, LabReport, RulePreview } from '../engine/alerting/timeline';
