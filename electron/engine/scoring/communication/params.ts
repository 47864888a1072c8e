import { z } from 'zod';
import { SEVERITIES } from '../../drill/incident/types';
import { parseDuration } from '../../sim/duration';
import { POSTMORTEM_CHECK_PARAMS } from '../postmortem/params';

const durationParam = z.string().refine((text) => parseDuration(text) !== undefined, {
  message: 'not a duration (expected e.g. "90s", "5m", "1h")',
});

/**
 * The params each check takes; every one is optional, the scenario's `incident:` section (or the check's own
 * default) supplies the rest. Unknown keys are refused so a typo in a rubric is caught when the scenario loads.
 */
export const CHECK_PARAMS = {
  /** within: the window after the first alert (default: the scenario's initial_report_within). */
  'initial-report': z.strictObject({ within: durationParam.optional() }),
  /** every: one cadence for all severities (default: the scenario's cadence of the declared severity); grace: slack on each gap (default 1m). */
  'update-cadence': z.strictObject({ every: durationParam.optional(), grace: durationParam.optional() }),
  /** within: how long a question may wait for its answer (default 5m). */
  'stakeholders-answered': z.strictObject({ within: durationParam.optional() }),
  'resolution-message': z.strictObject({}),
  /** severity: the truth to compare with (default: the scenario's incident.severity); exact: no level higher allowed. */
  'severity-matches': z.strictObject({ severity: z.enum(SEVERITIES).optional(), exact: z.boolean().optional() }),
  /** count: how many complete delegations are needed (default 1). */
  delegation: z.strictObject({ count: z.int().min(1).optional() }),
  // The postmortem checks (scoring/postmortem) judge the last postmortem.save and share this registry.
  ...POSTMORTEM_CHECK_PARAMS,
} as const;

export type CommunicationCheckName = keyof typeof CHECK_PARAMS;
export type CheckParams<N extends CommunicationCheckName> = z.infer<(typeof CHECK_PARAMS)[N]>;

export const COMMUNICATION_CHECKS = Object.keys(CHECK_PARAMS) as CommunicationCheckName[];

export function isCheckName(name: string): name is CommunicationCheckName {
  return Object.hasOwn(CHECK_PARAMS, name);
}

/** Parsed params, or the first problem as a sentence that names the param ("within: not a duration …"). */
export function parseParams<N extends CommunicationCheckName>(name: N, params: unknown): { ok: true; params: CheckParams<N> } | { ok: false; problem: string } {
  const parsed = CHECK_PARAMS[name].safeParse(params ?? {});
  if (parsed.success) return { ok: true, params: parsed.data as CheckParams<N> };
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(CHECK_PARAMS[name].shape);
    return { ok: false, problem: `unknown param ${issue.keys.map((k) => `"${k}"`).join(', ')} (${name} takes ${known.length === 0 ? 'no params' : known.join(', ')})` };
  }
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue.message}` };
}
