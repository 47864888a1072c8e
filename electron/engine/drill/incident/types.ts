import type { SimMillis } from '../../sim/clock';

/** PagerDuty's severity levels; SEV1 is the worst. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The Statuspage lifecycle; a drill starts investigating (declared or not) and ends resolved. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The roles of the Google SRE incident command system the learner may hand out (the learner is the IC). */
export const ROLES = ['ic', 'comms', 'ops', 'scribe'] as const;
export type Role = (typeof ROLES)[number];

export const CHANNELS = ['incident', 'stakeholders'] as const;
export type ChannelId = (typeof CHANNELS)[number];

/** The moments a learner may mark on the living document (the postmortem's anchors). */
export const KEY_MOMENTS = ['detected', 'mitigated', 'resolved'] as const;
export type KeyMoment = (typeof KEY_MOMENTS)[number];

/** The calm checklist from PagerDuty's IC training: size-up → stabilise → update → verify. */
export const CHECKLIST_STEPS = ['size-up', 'stabilise', 'update', 'verify'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

/** Statuspage's component states. */
export const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** How an action reached the engine: a button or form, a slash command, or a chat message read as a delegation. */
export type Via = 'form' | 'command' | 'message';

export type UpdateKind = 'initial' | 'update' | 'resolution';

/** Who wrote a message. Teammates and stakeholders are named by their scenario id. */
export type Author =
  | { kind: 'learner'; name: string }
  | { kind: 'teammate'; id: string; name: string }
  | { kind: 'stakeholder'; id: string; name: string }
  | { kind: 'alert'; name: string }
  | { kind: 'system'; name: 'Firedrill' };

/**
 * The fields PagerDuty and Atlassian ask of an incident update, filled by the composer. Empty strings mean
 * "left out": the scorer explains what was missing rather than the engine refusing the update.
 */
export type StructuredUpdate = {
  kind: UpdateKind;
  /** Impact and scope: who is affected, how, which functions or regions. */
  impact: string;
  severity: Severity;
  status: IncidentStatus;
  /** What is being done now (mitigating, recovering, investigating X). */
  actions: string;
  /** When the next update will come, as a duration from now ("15m"); empty when none is promised (resolution). */
  nextUpdateIn: string;
  /** Resolution only: the IC confirms recovery, and says whether any data was lost. */
  recoveryConfirmed?: boolean;
  dataLoss?: string;
  followUps?: string;
  /** Anything else, in the author's words. */
  text: string;
};

/** One message in a channel. Ids are stable across replays ("m1", "m2", …, in the order they were posted). */
export type ChatMessage = {
  id: string;
  channel: ChannelId;
  at: SimMillis;
  author: Author;
  text: string;
  /** What the message is, for the UI and the scorer. */
  kind: 'chat' | 'update' | 'question' | 'answer' | 'ack' | 'finding' | 'reminder' | 'alert' | 'status' | 'system';
  update?: StructuredUpdate;
  /** The message this one answers (a question's id). */
  replyTo?: string;
  /** A teammate's finding: the task it reports on and the queries it ran on the simulated world. */
  task?: string;
  queries?: string[];
};

/** A question a scripted person asked; it waits for an answer and remembers how long it waited. */
export type Question = {
  /** The question's message id. */
  id: string;
  from: string;
  channel: ChannelId;
  askedAt: SimMillis;
  answeredAt?: SimMillis;
  /** The learner's message that answered it. */
  answer?: string;
};

/** What a teammate was asked to do, as the engine understood it. */
export type TaskKind =
  | 'check-database'
  | 'check-service'
  | 'check-logs'
  | 'check-deploys'
  | 'check-hosts'
  | 'rollback'
  | 'restart'
  | 'post-update'
  | 'unclear';

/** A delegated task and its progress. */
export type Task = {
  /** "t1", "t2", … in the order they were assigned. */
  id: string;
  teammate: string;
  /** The task in the learner's words. */
  text: string;
  kind: TaskKind;
  /** The service, datastore or host the task names, when it names one. */
  target?: string;
  assignedAt: SimMillis;
  /** When the learner asked to hear back, if they said ("report in 5m"). */
  reportBy?: SimMillis;
  /** When the teammate will have finished (set on acknowledgement). */
  dueAt: SimMillis;
  state: 'working' | 'done' | 'declined';
  reportedAt?: SimMillis;
  /** The finding's message id. */
  finding?: string;
};

/** What a delegation said, for the scorer: PagerDuty asks for a person, a task and a time to report back. */
export type DelegationQuality = { namedPerson: boolean; namedTask: boolean; namedTime: boolean };

/** An entry of the living incident document. Ids are stable: "ev<seq>" for logged events, "oc<n>" for occurrences, "m<n>" for messages. */
export type TimelineEntry = {
  id: string;
  at: SimMillis;
  kind: 'alert' | 'page' | 'command' | 'action' | 'message' | 'status' | 'note' | 'update' | 'task' | 'finding' | 'hint';
  author: string;
  text: string;
  key?: KeyMoment;
};

export type StatusPageComponent = { name: string; status: ComponentStatus };

/** The public status page: a draft the learner edits, and what was last published (public posts are history). */
export type StatusPage = {
  components: StatusPageComponent[];
  draft: string;
  published: { at: SimMillis; message: string; components: StatusPageComponent[] }[];
};

/** Everything the incident workspace shows. */
export type IncidentSnapshot = {
  declared: boolean;
  title: string;
  severity?: Severity;
  status: IncidentStatus;
  impact: string;
  services: string[];
  declaredAt?: SimMillis;
  resolvedAt?: SimMillis;
  /** The resolution summary (also set by the older plain "Resolve incident" form). */
  summary?: string;
  /** Who holds each role: "you" for the learner, else a teammate id. */
  roles: Record<Role, string | undefined>;
  firstAlertAt?: SimMillis;
  lastUpdateAt?: SimMillis;
  /** When the next update is due: the promised time, else the severity's cadence after the last update. */
  nextUpdateDueAt?: SimMillis;
  messages: ChatMessage[];
  questions: Question[];
  tasks: Task[];
  statusPage: StatusPage;
  /** Hints revealed so far, and how many the scenario has left. */
  hints: string[];
  hintsLeft: number;
  checklist: Record<ChecklistStep, boolean>;
  /** Notes the learner added and the key moments they marked (entry id → moment). */
  notes: { id: string; at: SimMillis; text: string; key?: KeyMoment }[];
  marks: Record<string, KeyMoment>;
  /** Bumped on every change: the renderer refetches only when it moves. */
  revision: number;
};

/** The part of the incident every drill view carries (the header's status bar, the score screen). */
export type IncidentSummary = Pick<
  IncidentSnapshot,
  'declared' | 'title' | 'severity' | 'status' | 'declaredAt' | 'resolvedAt' | 'summary' | 'firstAlertAt' | 'lastUpdateAt' | 'nextUpdateDueAt' | 'roles' | 'revision'
> & {
  /** Questions still waiting for an answer. */
  openQuestions: number;
};
