import type { SilenceMatcher } from '../alerting/dispatch';
import type {
  ChannelId,
  ChecklistStep,
  DelegationQuality,
  IncidentStatus,
  KeyMoment,
  Role,
  Severity,
  StatusPageComponent,
  StructuredUpdate,
  Via,
} from './incident/types';

/** Learner actions that change or end a drill; each is written to the event log before it takes effect. */
export type DrillAction =
  | { type: 'terminal.exec'; command: string }
  | { type: 'terminal.interrupt' }
  | { type: 'operation.run'; operation: string; target: string; params: Record<string, unknown> }
  | { type: 'alert.acknowledge'; alert: string }
  | { type: 'page.acknowledge'; page: string }
  | { type: 'silence.create'; matchers: SilenceMatcher[]; duration: string; createdBy: string; comment: string }
  | { type: 'silence.expire'; id: string }
  | { type: 'rules.add'; text: string }
  | { type: 'incident.declare'; title: string; severity: Severity; impact: string; services: string[]; via: Via }
  | { type: 'incident.severity'; severity: Severity; reason: string; via: Via }
  | { type: 'incident.status'; status: Exclude<IncidentStatus, 'resolved'>; note: string; via: Via }
  /**
   * A role or a task handed to a teammate (at least one of the two). `quality` says whether the delegation named
   * the person, the task and a time to report back; `message` is the chat text it was read from, if any.
   */
  | { type: 'incident.assign'; teammate: string; role?: Exclude<Role, 'ic'>; task: string; reportIn?: string; via: Via; message?: string; quality: DelegationQuality }
  | { type: 'incident.update'; channels: ChannelId[]; update: StructuredUpdate; via: Via }
  | { type: 'chat.post'; channel: ChannelId; text: string; replyTo?: string }
  | { type: 'statuspage.update'; components: StatusPageComponent[]; draft: string; publish: boolean }
  | { type: 'incident.note'; text: string; key?: KeyMoment }
  /** Marks (or with null unmarks) a timeline entry as a key moment. */
  | { type: 'timeline.mark'; entry: string; key: KeyMoment | null }
  | { type: 'hint.request' }
  | { type: 'checklist.toggle'; step: ChecklistStep; done: boolean }
  /** Resolves the incident; with the resolution composer's fields, it also posts the resolution message. */
  | { type: 'incident.resolve'; summary: string; update?: StructuredUpdate; via?: Via }
  /** `by: 'instructor'`: the instructor console paused, resumed or changed the speed (an intervention). */
  | { type: 'drill.clock'; speed: number; by?: 'instructor' }
  | { type: 'drill.end'; by?: 'instructor' }
  /** Team drill mode: this participant (by name) takes the keyboard; the actions that follow are theirs. */
  | { type: 'team.switch'; participant: string }
  | InstructorAction;

/**
 * What only the instructor console does: post a message from the scenario's script library now (by its script
 * id), or reveal the next hint to the room. Logged like learner actions, so replay and re-scoring see them.
 */
export type InstructorAction =
  | { type: 'instructor.inject'; message: string }
  | { type: 'instructor.hint' }
  /** Starts a fault from the scenario's library (a fault whose trigger is `injected`) now. */
  | { type: 'instructor.injectFault'; fault: string };

export const INSTRUCTOR_ACTION_TYPES = ['instructor.inject', 'instructor.hint', 'instructor.injectFault'] as const;

/** Whether a logged event is an instructor's intervention (their own actions, or a clock change or end they made). */
export function isInstructorEvent(event: Pick<DrillEvent, 'type' | 'payload'>): boolean {
  if ((INSTRUCTOR_ACTION_TYPES as readonly string[]).includes(event.type)) return true;
  return (event.type === 'drill.clock' || event.type === 'drill.end') && (event.payload as { by?: unknown } | null)?.by === 'instructor';
}

export type DrillActionType = DrillAction['type'];

/** An entry of the attempt's event log as the engine sees it: order, sim time, type and payload. */
export type DrillEvent = {
  seq: number;
  t: number;
  type: string;
  payload: unknown;
};

/** The text a rubric `match` is tested against, per action type. */
export function actionText(event: DrillEvent): string {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case 'terminal.exec':
      return String(payload.command ?? '');
    case 'operation.run':
      return `${String(payload.operation ?? '')} ${String(payload.target ?? '')}`;
    case 'alert.acknowledge':
      return String(payload.alert ?? '');
    case 'page.acknowledge':
      return String(payload.page ?? '');
    case 'silence.create':
      return `${JSON.stringify(payload.matchers ?? [])} ${String(payload.comment ?? '')}`;
    case 'silence.expire':
      return String(payload.id ?? '');
    case 'rules.add':
      return String(payload.text ?? '');
    case 'incident.resolve':
      return [payload.summary, updateText(payload.update)].filter(Boolean).join(' ');
    case 'incident.declare':
      return `${String(payload.severity ?? '')} ${String(payload.title ?? '')} ${String(payload.impact ?? '')}`;
    case 'incident.severity':
      return `${String(payload.severity ?? '')} ${String(payload.reason ?? '')}`;
    case 'incident.status':
      return `${String(payload.status ?? '')} ${String(payload.note ?? '')}`;
    case 'incident.assign':
      return `${String(payload.teammate ?? '')} ${String(payload.role ?? '')} ${String(payload.task ?? '')}`;
    case 'incident.update':
      return updateText(payload.update);
    case 'chat.post':
    case 'incident.note':
      return String(payload.text ?? '');
    case 'statuspage.update':
      return String(payload.draft ?? '');
    case 'timeline.mark':
      return `${String(payload.key ?? '')} ${String(payload.entry ?? '')}`;
    case 'checklist.toggle':
      return String(payload.step ?? '');
    case 'promql.query':
    case 'promql.queryRange':
      return String(payload.expr ?? '');
    case 'logs.query':
      return String(payload.query ?? '');
    case 'logs.context':
      return String(payload.message ?? '');
    case 'logs.fieldOverTime':
      return `${String(payload.field ?? '')} ${String(payload.query ?? '')}`;
    case 'dashboard.open':
      return `${String(payload.uid ?? '')} ${String(payload.title ?? '')}`;
    default:
      return '';
  }
}

/** An update's fields as one text (what a rubric `match` reads). */
function updateText(update: unknown): string {
  if (typeof update !== 'object' || update === null) return '';
  const u = update as Partial<StructuredUpdate>;
  return [u.kind, u.severity, u.status, u.impact, u.actions, u.nextUpdateIn, u.dataLoss, u.followUps, u.text].filter(Boolean).join(' ');
}
