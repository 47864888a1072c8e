import type { IncidentSpec } from '../../scenario/incident-schema';
import type { PostmortemTruth } from '../../scenario/postmortem-schema';
import { POSTMORTEM_CHECKS, postmortemUnreachable } from '../postmortem';
import type { ScoringContext } from '../context';
import { delegation } from './delegation';
import { initialReport } from './initial-report';
import { isCheckName, parseParams } from './params';
import type { CheckParams, CommunicationCheckName } from './params';
import { resolutionMessage } from './resolution-message';
import type { CheckResult } from './result';
import { severityMatches } from './severity-matches';
import { stakeholdersAnswered } from './stakeholders-answered';
import { updateCadence } from './update-cadence';

export { COMMUNICATION_CHECKS } from './params';
export type { CommunicationCheckName } from './params';
export type { CheckResult } from './result';

const CHECKS: { [N in CommunicationCheckName]: (params: CheckParams<N>, context: ScoringContext) => CheckResult } = {
  'initial-report': initialReport,
  'update-cadence': updateCadence,
  'stakeholders-answered': stakeholdersAnswered,
  'resolution-message': resolutionMessage,
  'severity-matches': severityMatches,
  delegation,
  ...POSTMORTEM_CHECKS,
};

/** Why a check name or its params are wrong (the loader adds the JSON path); undefined when they are fine. */
export function checkParamsProblem(name: string, params: unknown): string | undefined {
  if (!isCheckName(name)) return unknownCheck(name);
  const parsed = parseParams(name, params);
  return parsed.ok ? undefined : parsed.problem;
}

/**
 * Why a check with valid params can never be met in a scenario with this `incident:` section (and, when given,
 * this `postmortem:` truth), or undefined. severity-matches needs a severity to compare with, from its params or
 * the scenario; the root-cause and contributing-factor checks need the postmortem truth. Without the `scenario`
 * argument the postmortem checks are not judged (a caller that does not pass the truth cannot tell).
 */
export function unreachableProblem(
  name: string,
  params: unknown,
  incident: Pick<IncidentSpec, 'severity'>,
  scenario?: { postmortem?: PostmortemTruth | undefined },
): string | undefined {
  if (scenario !== undefined && name.startsWith('postmortem-')) return postmortemUnreachable(name, params, scenario.postmortem);
  if (name !== 'severity-matches') return undefined;
  const parsed = parseParams(name, params);
  if (!parsed.ok || parsed.params.severity !== undefined || incident.severity !== undefined) return undefined;
  return 'severity-matches needs the severity the incident warrants: set incident.severity in the scenario, or params.severity';
}

/**
 * Runs one communication check over a re-derived drill. Never throws: a name or params that validation should
 * have refused give an unmet result that says why.
 */
export function evaluateCheck(name: string, params: unknown, context: ScoringContext): CheckResult {
  if (!isCheckName(name)) return { met: false, evidence: [], details: [unknownCheck(name)] };
  const parsed = parseParams(name, params);
  if (!parsed.ok) return { met: false, evidence: [], details: [`${name}: ${parsed.problem}`] };
  return (CHECKS[name] as (params: unknown, context: ScoringContext) => CheckResult)(parsed.params, context);
}

function unknownCheck(name: string): string {
  return `unknown check "${name}" (known: ${Object.keys(CHECKS).join(', ')})`;
}
