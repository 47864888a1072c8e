import { parseDuration } from '../../sim/duration';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { excerpt, spoken } from './phrasing';
import { evidenceFor, personLabel } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { evidenceOf } from './result';

const DEFAULT_WITHIN = '5m';

/**
 * Every question a scripted person asked gets an answer (a reply, a message in its channel, or an update there)
 * within `within`. A question asked so close to the drill's end that its window had not run out is listed but
 * not held against the learner; still, at least one answer is needed: a check met without any is a free point.
 */
export function stakeholdersAnswered(params: CheckParams<'stakeholders-answered'>, context: ScoringContext): CheckResult {
  const within = params.within ?? DEFAULT_WITHIN;
  const windowMs = parseDuration(within)!;
  const questions = context.incident.questions.filter((q) => q.askedAt <= context.endAt);
  // Points need evidence: with no question asked (the drill ended early), there is nothing the learner did to credit.
  if (questions.length === 0) return { met: false, evidence: [], details: ['nobody asked a question before the drill ended: nothing to answer yet'] };

  let met = true;
  const evidence: number[] = [];
  const details = questions.map((q) => {
    const asked = context.incident.messages.find((m) => m.id === q.id);
    const who = `${personLabel(context, q.from)} asked at ${clockTime(context.startUnixMs, q.askedAt)}${asked ? ` ("${excerpt(asked.text)}")` : ''}`;
    if (q.answeredAt !== undefined) {
      const answer = context.incident.messages.find((m) => m.id === q.answer);
      if (answer) evidence.push(...evidenceFor(context, answer));
      const wait = q.answeredAt - q.askedAt;
      if (wait <= windowMs) return `${who}: answered after ${spoken(wait)}`;
      met = false;
      return `${who}: answered after ${spoken(wait)}, longer than ${within}`;
    }
    const waited = context.endAt - q.askedAt;
    if (waited < windowMs) return `${who}: not answered when the drill ended ${spoken(waited)} later (not counted)`;
    met = false;
    return `${who}: never answered (waited ${spoken(waited)} until the drill ended)`;
  });
  if (met && evidence.length === 0) {
    met = false;
    details.push('no question was answered before the drill ended');
  }
  return { met, evidence: evidenceOf(evidence), details };
}
