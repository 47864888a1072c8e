import type { TeammateSpec } from '../../scenario/incident-schema';
import type { Rng } from '../../sim/rng';
import type { SimMillis } from '../../sim/clock';
import type { World } from '../../sim/world';
import type { DrillAction } from '../actions';
import type { ChannelId, IncidentSnapshot, Role, StructuredUpdate, Task, TaskKind } from './types';

/**
 * What a simulated teammate can look at and touch: the same simulated world the learner's tools see, at the
 * current sim time. A teammate's finding is the real query on the real simulated data, never canned text.
 */
export type WorldProbe = {
  now: SimMillis;
  startUnixMs: number;
  world: World;
  /** An instant PromQL query at `now`; each sample's labels and value (an empty list when nothing matches). */
  query(expr: string): { metric: Record<string, string>; value: number }[];
  /** Log events matching a KQL query in the last `windowMs`: how many, and the top values of `field` among them. */
  logs(kql: string, windowMs: number, field?: string): { total: number; top: { value: string; count: number }[] };
  /** Runs an operation as the learner's terminal would (a rollback, a restart); it changes the world. */
  operate(name: string, target: string, params: Record<string, unknown>): { ok: boolean; output: string };
};

/** How a teammate takes on a task: what it is, whether they accept it, what they say, and how long it will take. */
export type TaskPlan = {
  kind: TaskKind;
  target?: string;
  /** The acknowledgement (or, when declined, the reason) in the teammate's words. */
  reply: string;
  declined: boolean;
  /** Sim milliseconds of work before the finding is ready. */
  workMs: number;
};

export type PlanInput = {
  text: string;
  teammate: TeammateSpec;
  /** The role the teammate holds, if any (only the operations lead changes the system). */
  role?: Role;
  world: World;
  rng: Rng;
};

/** What a teammate reports when the work is done. */
export type TaskReport = {
  text: string;
  /** The queries (PromQL, KQL) and commands the teammate ran, shown with the finding. */
  queries: string[];
  /** A comms task posts an update too, to these channels. */
  update?: StructuredUpdate;
  channels?: ChannelId[];
};

export type PerformInput = {
  task: Task;
  teammate: TeammateSpec;
  probe: WorldProbe;
  incident: IncidentSnapshot;
  /** The update cadence for the incident's severity, in ms (null: none). */
  cadenceMs: number | null;
};

/** What the chat interpreter knows: the roster and the world's names. */
export type ChatContext = {
  team: readonly TeammateSpec[];
  services: readonly string[];
  incident: IncidentSnapshot;
};

/**
 * A chat line as an action: a slash command, a delegation read from free text, or a plain message. A bad
 * command is refused with the reason and its usage; the text stays in the composer.
 */
export type ChatInterpretation = { ok: true; action: DrillAction } | { ok: false; reason: string; usage?: string };
