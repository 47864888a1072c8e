import type { World } from '../../sim/world';
import { workTime } from './durations';
import { performFinding } from './findings';
import type { PerformInput, PlanInput, TaskPlan, TaskReport } from './ports';
import type { ClassifiedTask } from './task-kinds';
import { classifyTask } from './task-kinds';

/**
 * How a teammate takes on a task: what kind of work the words ask for, and the acknowledgement PagerDuty
 * asks of a responder (say what you will do and when you will be back), or why they will not do it. Only the
 * operations lead changes the system; an unclear task is answered with a question, not guessed at.
 */
export function planTask(input: PlanInput): TaskPlan {
  const task = classifyTask(input.text, input.world);
  const refusal = declineReason(task, input);
  if (refusal) return { kind: task.kind, ...(task.target ? { target: task.target } : {}), reply: refusal, declined: true, workMs: 0 };
  const workMs = workTime(task.kind, input.rng);
  const reply = `On it — ${intent(task)}. I'll report back in about ${minutes(workMs)}.`;
  return { kind: task.kind, ...(task.target ? { target: task.target } : {}), reply, declined: false, workMs };
}

/** What a teammate finds when the work is done, taken from the simulated world. */
export function performTask(input: PerformInput): TaskReport {
  return performFinding(input);
}

function declineReason(task: ClassifiedTask, input: PlanInput): string | undefined {
  if (task.kind === 'unclear') return `Sorry, what should I check? e.g. the database, ${exampleService(input.world)}'s errors, the logs, recent deploys.`;
  const changesSystem = task.kind === 'rollback' || task.kind === 'restart';
  if (changesSystem && input.role !== 'ops') {
    return `Only the operations lead changes the system — make me ops lead first (/assign ${input.teammate.id} ops).`;
  }
  if (task.kind === 'rollback' && task.target && task.targetKind !== 'service') {
    return `${task.target} is not a deployment, so there is nothing to roll back — which service should I roll back?`;
  }
  if (task.kind === 'restart' && task.target && task.targetKind !== 'service' && task.targetKind !== 'datastore') {
    return `I can restart a service's pods or a database, not ${task.target} — which one should I restart?`;
  }
  return undefined;
}

/** The acknowledgement's "what I'll do", naming the target when there is one. */
function intent(task: ClassifiedTask): string {
  const t = task.target;
  switch (task.kind) {
    case 'check-database':
      if (task.targetKind === 'cache') return `checking ${t}'s hit ratio and clients`;
      return t ? `checking ${t} connections and slow queries` : 'checking the databases\u2019 connections and slow queries';
    case 'check-service':
      return t ? `looking at ${t}'s error rate and latency` : 'finding the service with the worst error rate and looking at its latency';
    case 'check-logs':
      return t ? `searching ${t}'s error logs from the last 10 minutes` : 'searching the error logs from the last 10 minutes';
    case 'check-deploys':
      return t ? `checking ${t}'s recent deploys` : 'checking what was deployed recently';
    case 'check-hosts':
      return t ? `checking CPU, memory and disk on ${t}` : 'checking CPU, memory and disk on the nodes';
    case 'rollback':
      return t ? `rolling ${t} back to its previous revision` : 'rolling back the service with the worst error rate';
    case 'restart':
      return t ? `restarting ${t}` : 'restarting the service with the worst error rate';
    case 'post-update':
      return 'drafting the next update for the incident and stakeholder channels';
    case 'unclear':
      return 'taking a look';
  }
}

function exampleService(world: World): string {
  return [...world.services.values()].find((s) => !s.spec.external)?.spec.name ?? 'the service';
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.round(ms / 60_000));
  return m === 1 ? 'a minute' : `${m} minutes`;
}
