import { z } from 'zod';
import { parseDuration } from '../sim/duration';

/** A Prometheus-style duration string ("90s", "4m30s"). */
const duration = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, {
    message: 'not a duration (expected e.g. "90s", "4m30s", "1h")',
  });

const name = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, starting with a letter');

const service = z.strictObject({
  name,
  namespace: name.default('default'),
  instances: z.int().min(1).max(20),
  version: z.string().min(1),
  requests_per_second: z.number().positive(),
  error_ratio: z.number().min(0).max(1),
  latency_ms: z.number().positive(),
});

const fault = z.strictObject({
  id: name,
  at: duration,
  kind: z.literal('bad-deploy'),
  service: name,
  deploy_version: z.string().min(1),
  error_ratio: z.number().min(0).max(1),
  latency_ms: z.number().positive().optional(),
  log_message: z.string().min(1),
  rollout: duration.default('30s'),
});

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

/** Points in a drill's derived history that rubric conditions can be measured from. */
export const ANCHORS = ['drill.start', 'fault.started', 'alert.fired', 'fault.cleared'] as const;

/** Learner actions a rubric condition can look for. */
export const ACTION_TYPES = ['terminal.exec', 'alert.acknowledge', 'incident.resolve', 'drill.end'] as const;

const condition = z.strictObject({
  event: z.enum(ACTION_TYPES),
  match: z
    .string()
    .refine((source) => isValidRegex(source), { message: 'not a valid regular expression' })
    .optional(),
  after: z.enum(ANCHORS).optional(),
  before: z.enum(ANCHORS).optional(),
  within: duration.optional(),
});

const criterion = z.strictObject({
  id: name,
  category: z.enum(['detect', 'diagnose', 'mitigate', 'communicate', 'postmortem', 'process']),
  points: z.int().refine((n) => n !== 0, { message: 'must not be zero' }),
  when: condition,
  feedback: z.strictObject({ met: z.string().min(1), missed: z.string().min(1) }),
});

/** The document in `scenarios/<id>/scenario.yaml`. */
export const scenarioSchema = z
  .strictObject({
    title: z.string().min(1),
    summary: z.string().min(1),
    start: z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp such as 2026-03-14T09:00:00Z' }),
    duration,
    seed: z.int().min(0).max(2 ** 31 - 1),
    services: z.array(service).min(1),
    faults: z.array(fault).default([]),
    alerts: z.array(alert).default([]),
    rubric: z.array(criterion).min(1),
  })
  .superRefine((doc, ctx) => {
    const services = new Set(doc.services.map((s) => s.name));
    checkUnique(doc.services.map((s) => s.name), ['services'], 'name', ctx);
    checkUnique(doc.faults.map((f) => f.id), ['faults'], 'id', ctx);
    checkUnique(doc.alerts.map((a) => a.name), ['alerts'], 'name', ctx);
    checkUnique(doc.rubric.map((c) => c.id), ['rubric'], 'id', ctx);
    doc.faults.forEach((f, i) => {
      if (!services.has(f.service)) {
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'service'], message: `no service named "${f.service}"` });
      }
    });
    doc.alerts.forEach((a, i) => {
      if (!services.has(a.service)) {
        ctx.addIssue({ code: 'custom', path: ['alerts', i, 'service'], message: `no service named "${a.service}"` });
      }
    });
    doc.rubric.forEach((c, i) => {
      if (c.when.within !== undefined && c.when.after === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rubric', i, 'when', 'within'], message: '"within" needs an "after" anchor' });
      }
    });
  });

export type ScenarioDocument = z.infer<typeof scenarioSchema>;
export type ServiceSpec = ScenarioDocument['services'][number];
export type FaultSpec = ScenarioDocument['faults'][number];
export type AlertSpec = ScenarioDocument['alerts'][number];
export type Criterion = ScenarioDocument['rubric'][number];
export type Anchor = (typeof ANCHORS)[number];
export type AlertSignal = (typeof ALERT_SIGNALS)[number];

function checkUnique(values: string[], path: (string | number)[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [...path, i, field], message: `duplicate ${field} "${value}"` });
    seen.add(value);
  });
}

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
