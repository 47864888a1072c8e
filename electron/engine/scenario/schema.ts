import { z } from 'zod';
import { injectionOnlyFaults } from '../sim/faults/library';
import { FAULTS } from '../sim/faults/registry';
import { OPERATIONS } from '../sim/operations/registry';
import { dependencyOrder } from '../sim/world/graph';
import { duration, name } from './common';
import { faultSchema } from './fault-schema';
import { incidentSchema } from './incident-schema';
import { debriefSchema, postmortemTruthSchema } from './postmortem-schema';
import { difficultySchema } from './difficulty-schema';
import type { DifficultySpec } from './difficulty-schema';
import { targetProblem } from './targets';
import { terminalSchema } from './terminal-schema';
import { COMMANDS } from '../terminal/commands';
import { worldSchema } from './world-schema';
import { checkRubric, criterionSchema } from './rubric-schema';
import type { RubricScope } from './rubric-schema';
import { COMMUNICATION_CHECKS, checkParamsProblem, unreachableProblem } from '../scoring/communication';
import { parseDuration } from '../sim/duration';
import type { WorldSpec } from './world-schema';
import type { IncidentSpec } from './incident-schema';

/** The signals a thin threshold alert can watch; each is a per-service series the world exports. */
export const ALERT_SIGNALS = ['error_ratio', 'latency_p99_seconds', 'requests_per_second'] as const;

const alert = z.strictObject({
  name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'must be a valid Prometheus label value for alertname'),
  service: name,
  signal: z.enum(ALERT_SIGNALS),
  op: z.enum(['>', '<']),
  threshold: z.number(),
  for: duration.default('0s'),
  severity: z.enum(['page', 'ticket', 'info']),
  summary: z.string().min(1),
});

export { ANCHORS, ACTION_TYPES } from './rubric-schema';

/** Who the pager wakes: the learner first, a simulated secondary when a page is not acknowledged in time. */
const pager = z.strictObject({
  primary: z.string().min(1).default('you'),
  secondary: z.string().min(1).default('Sam Rivera (secondary on-call)'),
  escalate_after: duration.default('5m'),
});

/** The document in `scenarios/<id>/scenario.yaml`. */
export const scenarioSchema = z
  .strictObject({
    title: z.string().min(1),
    summary: z.string().min(1),
    start: z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp such as 2026-03-14T09:00:00Z' }),
    duration,
    seed: z.int().min(0).max(2 ** 31 - 1),
    scrape_interval: duration.default('15s'),
    /** How much baseline history precedes t = 0 (dashboards and `offset` need context). */
    history: duration.default('24h'),
    world: worldSchema,
    faults: z.array(faultSchema).default([]),
    operations: z.record(z.string(), z.strictObject({ duration: duration })).default({}),
    alerts: z.array(alert).default([]),
    terminal: terminalSchema.default({ files: [], commands: [] }),
    pager: pager.default({ primary: 'you', secondary: 'Sam Rivera (secondary on-call)', escalate_after: '5m' }),
    /** The uid of the dashboard a drill opens first (Grafana's home dashboard); else the first by file name. */
    home_dashboard: z.string().min(1).max(40).optional(),
    /** People, channels and the communication protocol of the incident. */
    incident: incidentSchema.prefault({}),
    /** The truth a postmortem is checked against: root cause, trigger, contributing factors. */
    postmortem: postmortemTruthSchema.optional(),
    /** What the debrief explains: the fault, why the mitigation worked, the signal it charts, what to practise. */
    debrief: debriefSchema.optional(),
    /** The levels a learner picks from (noise, red herrings, hint budget, time pressure); none: the scenario as written. */
    difficulty: difficultySchema.optional(),
    rubric: z.array(criterionSchema).min(1),
  })
  .superRefine((doc, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    checkWorld(doc.world, issue);
    checkUnique(doc.faults.map((f) => f.id), ['faults'], 'id', issue);
    checkUnique(doc.alerts.map((a) => a.name), ['alerts'], 'name', issue);
    checkUnique(doc.rubric.map((c) => c.id), ['rubric'], 'id', issue);
    checkUnique(doc.terminal.commands.map((c) => c.name), ['terminal', 'commands'], 'name', issue);
    doc.terminal.commands.forEach((c, i) => {
      if (COMMANDS.has(c.name)) issue(['terminal', 'commands', i, 'name'], `"${c.name}" is a built-in command; a scenario may only add new ones`);
    });
    const hosts = new Set(['*', 'bastion', ...doc.world.hosts.map((h) => h.name)]);
    doc.terminal.files.forEach((f, i) => {
      if (!hosts.has(f.host)) issue(['terminal', 'files', i, 'host'], `no host named "${f.host}" (the bastion, a world host, or * for all)`);
    });
    const faultIds = new Set(doc.faults.map((f) => f.id));
    doc.faults.forEach((fault, i) => {
      const operator = FAULTS.get(fault.kind);
      if (!operator) {
        issue(['faults', i, 'kind'], `unknown fault kind "${fault.kind}" (known: ${[...FAULTS.keys()].join(', ')})`);
        return;
      }
      const problem = targetProblem(doc.world, operator.target, fault.target);
      if (problem) issue(['faults', i, 'target'], problem);
      const params = operator.params.safeParse(fault.params);
      if (!params.success) for (const p of params.error.issues) issue(['faults', i, 'params', ...p.path.map((x) => x as string | number)], p.message);
      else if (!problem) {
        for (const c of operator.check?.(doc.world, { id: fault.id, target: fault.target, params: params.data }) ?? []) issue(['faults', i, 'params', c.field], c.reason);
      }
      const trigger = fault.trigger;
      if ('after' in trigger && !faultIds.has(trigger.after)) issue(['faults', i, 'trigger', 'after'], `no fault with id "${trigger.after}"`);
      if ('after' in trigger && trigger.after === fault.id) issue(['faults', i, 'trigger', 'after'], 'a fault cannot start after itself');
      if ('operation' in trigger && !OPERATIONS.has(trigger.operation)) issue(['faults', i, 'trigger', 'operation'], `unknown operation "${trigger.operation}"`);
      if ('injected' in trigger) checkLibraryFault(fault, ['faults', i], issue);
      fault.cleared_by.forEach((c, j) => {
        if (!OPERATIONS.has(c.operation)) issue(['faults', i, 'cleared_by', j, 'operation'], `unknown operation "${c.operation}"`);
      });
    });
    for (const op of Object.keys(doc.operations)) if (!OPERATIONS.has(op)) issue(['operations', op], `unknown operation "${op}"`);
    const services = new Set(doc.world.services.map((s) => s.name));
    doc.alerts.forEach((a, i) => {
      if (!services.has(a.service)) issue(['alerts', i, 'service'], `no service named "${a.service}"`);
    });
    checkIncident(doc, issue);
    if (doc.difficulty) checkDifficulty(doc.difficulty, doc, issue);
    checkRubric(doc.rubric, rubricScope(doc), issue);
  });

type Issue = (path: (string | number)[], message: string) => void;

/**
 * A library fault (trigger `injected`) is extra to the incident: the instructor starts it from the console, which
 * lists it by its title, so it needs one. It may not be a red herring: difficulty levels drop red herrings, which
 * would take it out of the instructor's library at some levels, and scoring already ignores an injected fault
 * as it ignores a red herring, so the flag would add nothing else. (A fault may wait `after` a library fault: it
 * then starts only if the instructor injects that one.)
 */
function checkLibraryFault(fault: ScenarioDocument['faults'][number], at: (string | number)[], issue: Issue): void {
  if (fault.title === undefined) issue([...at, 'title'], 'a library fault (trigger "injected") needs a title: the instructor console lists it by its title');
  if (fault.red_herring) {
    issue([...at, 'red_herring'], 'a library fault (trigger "injected") cannot be a red herring: difficulty levels leave red herrings out, which would take it out of the instructor\'s library, and scoring ignores an injected fault anyway');
  }
}

/** What the rubric's reachability checks need of the document, the fault registry and the communication checks. */
function rubricScope(doc: Pick<ScenarioDocument, 'duration' | 'faults' | 'incident' | 'postmortem'>): RubricScope {
  const injectionOnly = injectionOnlyFaults(doc.faults);
  return {
    duration: doc.duration,
    // Faults that start only when the instructor injects one are not the incident: anchors never wait on them.
    faults: doc.faults.filter((f) => !injectionOnly.has(f.id)),
    endsByItself: (kind) => FAULTS.get(kind)?.isOver !== undefined,
    checks: COMMUNICATION_CHECKS,
    checkParamsProblem,
    checkUnreachable: (name, params) => unreachableProblem(name, params, doc.incident, { postmortem: doc.postmortem }),
    durationMs: (text) => parseDuration(text)!,
  };
}

/** The default is a level; a level names only red herrings, keeps what a kept fault waits for, and no more hints than exist. */
function checkDifficulty(difficulty: DifficultySpec, doc: Pick<ScenarioDocument, 'faults' | 'incident'>, issue: Issue): void {
  const ids = difficulty.levels.map((level) => level.id);
  checkUnique(ids, ['difficulty', 'levels'], 'id', issue);
  if (!ids.includes(difficulty.default)) issue(['difficulty', 'default'], `no level with id "${difficulty.default}" (levels: ${ids.join(', ')})`);
  const herrings = new Set(doc.faults.filter((f) => f.red_herring).map((f) => f.id));
  difficulty.levels.forEach((level, i) => {
    const at = ['difficulty', 'levels', i];
    if (Array.isArray(level.red_herrings)) {
      level.red_herrings.forEach((id, j) => {
        if (!herrings.has(id)) issue([...at, 'red_herrings', j], `no red-herring fault with id "${id}" (red herrings: ${[...herrings].join(', ') || 'none'})`);
      });
    }
    const kept = (id: string) => !herrings.has(id) || level.red_herrings === 'all' || (level.red_herrings !== 'none' && level.red_herrings.includes(id));
    for (const fault of doc.faults) {
      const trigger = fault.trigger;
      if (kept(fault.id) && 'after' in trigger && !kept(trigger.after)) {
        issue([...at, 'red_herrings'], `fault "${fault.id}" starts after red herring "${trigger.after}", which this level leaves out, so it would never start`);
      }
    }
    if (level.hints !== null && level.hints > doc.incident.hints.length) {
      issue([...at, 'hints'], `${level.hints} hints allowed but the scenario has ${doc.incident.hints.length} (incident.hints)`);
    }
  });
}

/** People are named once, scripts speak as someone who exists, components stand for real services. */
function checkIncident(doc: { incident: IncidentSpec; world: WorldSpec }, issue: Issue): void {
  const { incident } = doc;
  const people = [...incident.team.map((p) => p.id), ...incident.stakeholders.map((p) => p.id)];
  checkUnique(incident.team.map((p) => p.id), ['incident', 'team'], 'id', issue);
  incident.stakeholders.forEach((p, i) => {
    if (incident.team.some((t) => t.id === p.id)) issue(['incident', 'stakeholders', i, 'id'], `"${p.id}" is already a teammate`);
  });
  checkUnique(incident.script.map((m) => m.id), ['incident', 'script'], 'id', issue);
  incident.script.forEach((m, i) => {
    if (!people.includes(m.from)) issue(['incident', 'script', i, 'from'], `no teammate or stakeholder with id "${m.from}" (known: ${people.join(', ')})`);
    if (m.follow_up && !m.question) issue(['incident', 'script', i, 'follow_up'], 'only a question can be followed up');
  });
  const services = new Set(doc.world.services.map((s) => s.name));
  incident.components.forEach((c, i) => {
    c.services.forEach((s, j) => {
      if (!services.has(s)) issue(['incident', 'components', i, 'services', j], `no service named "${s}"`);
    });
  });
}

/** Cross-references inside the world: placement, calls, stores and caches must exist; no dependency cycles. */
function checkWorld(world: WorldSpec, issue: Issue): void {
  const hosts = new Set(world.hosts.map((h) => h.name));
  const services = new Set(world.services.map((s) => s.name));
  const datastores = new Set(world.datastores.map((d) => d.name));
  const caches = new Set(world.caches.map((c) => c.name));
  const queues = new Set(world.queues.map((q) => q.name));
  checkUnique(world.hosts.map((h) => h.name), ['world', 'hosts'], 'name', issue);
  checkUnique(world.services.map((s) => s.name), ['world', 'services'], 'name', issue);
  world.hosts.forEach((h, i) => {
    h.disks.forEach((d, j) => {
      if (d.used_gb > d.size_gb) issue(['world', 'hosts', i, 'disks', j, 'used_gb'], `more used (${d.used_gb} GB) than the disk holds (${d.size_gb} GB)`);
    });
  });
  world.services.forEach((s, i) => {
    s.hosts.forEach((h, j) => {
      if (!hosts.has(h)) issue(['world', 'services', i, 'hosts', j], `no host named "${h}"`);
    });
    s.calls.forEach((c, j) => {
      const path = ['world', 'services', i, 'calls', j];
      if ('service' in c && !services.has(c.service)) issue([...path, 'service'], `no service named "${c.service}"`);
      if ('datastore' in c && !datastores.has(c.datastore)) issue([...path, 'datastore'], `no datastore named "${c.datastore}"`);
      if ('cache' in c && !caches.has(c.cache)) issue([...path, 'cache'], `no cache named "${c.cache}"`);
      if ('queue' in c && !queues.has(c.queue)) issue([...path, 'queue'], `no queue named "${c.queue}"`);
    });
    if (s.consumes !== undefined && !queues.has(s.consumes)) issue(['world', 'services', i, 'consumes'], `no queue named "${s.consumes}"`);
    if (s.external && s.calls.length > 0) issue(['world', 'services', i, 'calls'], 'an external service cannot call anything');
  });
  const order = dependencyOrder(world.services);
  if (!order.ok) issue(['world', 'services'], `dependency cycle: ${order.cycle.join(' -> ')}`);
  world.datastores.forEach((d, i) => {
    if (!hosts.has(d.host)) issue(['world', 'datastores', i, 'host'], `no host named "${d.host}"`);
    if (d.replica_host !== undefined && !hosts.has(d.replica_host)) issue(['world', 'datastores', i, 'replica_host'], `no host named "${d.replica_host}"`);
  });
  world.caches.forEach((c, i) => {
    if (!hosts.has(c.host)) issue(['world', 'caches', i, 'host'], `no host named "${c.host}"`);
  });
  world.config.forEach((c, i) => {
    if (!services.has(c.service)) issue(['world', 'config', i, 'service'], `no service named "${c.service}"`);
  });
  world.deploys.forEach((d, i) => {
    if (!services.has(d.service)) issue(['world', 'deploys', i, 'service'], `no service named "${d.service}"`);
  });
}

export type ScenarioDocument = z.infer<typeof scenarioSchema>;
export type AlertSpec = ScenarioDocument['alerts'][number];
export type { Criterion, Anchor } from './rubric-schema';
export type AlertSignal = (typeof ALERT_SIGNALS)[number];

function checkUnique(values: string[], path: (string | number)[], field: string, issue: Issue): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) issue([...path, i, field], `duplicate ${field} "${value}"`);
    seen.add(value);
  });
}
