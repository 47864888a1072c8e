import type { DelegationQuality } from '../../drill/incident/types';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { excerpt } from './phrasing';
import { payloadOf, teammateName } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { evidenceOf } from './result';

/** "Can someone…", "could anybody…", "someone please…": a request addressed to nobody (PagerDuty's IC never says it). */
const ASKS_NOBODY = /\b(?:(?:can|could|would|will)\s+(?:some|any)(?:one|body)\b|(?:some|any)(?:one|body)\s+(?:please|pls)\b)/i;

const ROLE_TITLES: Record<string, string> = { comms: 'communications lead', ops: 'operations lead', scribe: 'scribe' };

/**
 * PagerDuty's delegation: "A, please do B, I'll come back to you in X minutes" — a person, a task and a time to
 * report back. Met by `count` assignments of a task (a role alone is not a task) that named all three. Every
 * assignment is listed with what it lacked, and so is each message that asked nobody in particular.
 */
export function delegation(params: CheckParams<'delegation'>, context: ScoringContext): CheckResult {
  const needed = params.count ?? 1;
  const lines: string[] = [];
  const complete: number[] = [];
  const judged: number[] = [];
  let tasks = 0;
  const example = context.scenario.doc.incident.team[0]?.name.split(/\s+/)[0] ?? 'Priya';

  for (const event of context.events) {
    if (event.t > context.endAt) break;
    const payload = payloadOf(event);
    const at = clockTime(context.startUnixMs, event.t);
    if (event.type === 'incident.assign') {
      judged.push(event.seq);
      const name = teammateName(context, String(payload.teammate ?? ''));
      const task = String(payload.task ?? '').trim();
      if (task === '') {
        const role = ROLE_TITLES[String(payload.role ?? '')] ?? String(payload.role ?? 'a');
        lines.push(`${name} made ${role} at ${at}: a role, not a task`);
        continue;
      }
      tasks += 1;
      const said = `"${excerpt(String(payload.message ?? `${name.split(/\s+/)[0]}, ${task}`))}" at ${at}`;
      const lacks = lacking(payload.quality as DelegationQuality | undefined);
      if (lacks.length === 0) complete.push(event.seq);
      lines.push(lacks.length === 0 ? `${said}: person ✓, task ✓, time ✓` : `${said} ${lacks.join(' and ')}`);
    } else if (event.type === 'chat.post' && ASKS_NOBODY.test(String(payload.text ?? ''))) {
      judged.push(event.seq);
      lines.push(`"${excerpt(String(payload.text))}" at ${at} asked nobody by name: say "${example}, please check X; I'll come back to you in 5 minutes" instead of "can someone…"`);
    }
  }

  const met = complete.length >= needed;
  const summary = tasks === 0
    ? 'no task was delegated to a teammate'
    : complete.length === 0
      ? 'no delegation named a person, a task and a time to report back'
      : `${complete.length} delegation${complete.length === 1 ? '' : 's'} named a person, a task and a time${met ? '' : ` (${needed} needed)`}`;
  return { met, evidence: evidenceOf(met ? complete : judged), details: [summary, ...lines] };
}

/** What a delegation left out, as a learner reads it after the quote. */
function lacking(quality: DelegationQuality | undefined): string[] {
  const lacks: string[] = [];
  if (!quality?.namedPerson) lacks.push('named nobody');
  if (!quality?.namedTask) lacks.push('gave no clear task');
  if (!quality?.namedTime) lacks.push('had no time to report back');
  return lacks;
}
