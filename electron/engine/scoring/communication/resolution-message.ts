import type { DrillEvent } from '../../drill';
import type { StructuredUpdate } from '../../drill/incident/types';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { excerpt, spoken } from './phrasing';
import { faultSpans, payloadOf } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { tick } from './result';

/**
 * PagerDuty's resolution message: posted once the IC confirms full recovery, saying that recovery is complete and
 * whether any data was lost. Resolving while an incident fault is still active (or before one has even started)
 * is a premature resolution, whatever the message says.
 */
export function resolutionMessage(_params: CheckParams<'resolution-message'>, context: ScoringContext): CheckResult {
  const resolve = context.events.find((e) => e.type === 'incident.resolve' && e.t <= context.endAt);
  if (resolve === undefined) return { met: false, evidence: [], details: ['the incident was never resolved'] };

  const at = clockTime(context.startUnixMs, resolve.t);
  const update = payloadOf(resolve).update as StructuredUpdate | undefined;
  const recovery = recoveryLine(context, resolve);
  if (update === undefined) {
    return { met: false, evidence: [resolve.seq], details: [`resolved at ${at} with a summary only: no resolution message confirming recovery and stating data loss`, recovery.line] };
  }
  const dataLoss = (update.dataLoss ?? '').trim();
  const parts = [
    tick('recovery confirmed', update.recoveryConfirmed === true, 'recovery not confirmed'),
    tick(`data loss stated${dataLoss === '' ? '' : ` ("${excerpt(dataLoss)}")`}`, dataLoss !== '', 'no data-loss statement'),
  ];
  return {
    met: update.recoveryConfirmed === true && dataLoss !== '' && recovery.ok,
    evidence: [resolve.seq],
    details: [`resolution message at ${at}: ${parts.join(', ')}`, recovery.line],
  };
}

/** Whether the resolution came after the incident's faults had all cleared, and the line that says so. */
function recoveryLine(context: ScoringContext, resolve: DrillEvent): { ok: boolean; line: string } {
  const spans = faultSpans(context);
  if (spans.length === 0) return { ok: true, line: 'the scenario had no incident fault to recover from' };
  const active = spans.filter((s) => s.start <= resolve.t && (s.end === undefined || s.end > resolve.t));
  const later = spans.filter((s) => s.start > resolve.t);
  if (active.length > 0) {
    const ends = active.map((s) => s.end);
    const cleared = ends.some((e) => e === undefined) ? 'it was still active when the drill ended' : `it cleared at ${clockTime(context.startUnixMs, Math.max(...(ends as number[])))}`;
    return { ok: false, line: `resolved while an incident fault was still active: ${cleared}` };
  }
  if (later.length > 0) return { ok: false, line: `resolved before the incident was over: an incident fault started at ${clockTime(context.startUnixMs, later[0]!.start)}` };
  const recoveredAt = Math.max(...spans.map((s) => s.end!));
  return { ok: true, line: `the resolution came ${spoken(resolve.t - recoveredAt)} after recovery at ${clockTime(context.startUnixMs, recoveredAt)}` };
}
