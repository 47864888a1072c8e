import type { TeammateSpec } from '../../scenario/incident-schema';
import type { DrillAction } from '../actions';
import type { AssignableRole } from './chat-words';
import { mentioned, reportInPhrase, roleAtStart, teammateAtEnd, teammateAtStart } from './chat-words';
import type { ChatContext } from './ports';

/** Words a request opens with before the work itself, dropped from the task ("can you please …"). */
const POLITE = /^(?:(?:please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|could\s+u|would\s+you\s+mind|i\s+need\s+you\s+to|i'd\s+like\s+you\s+to|go\s+(?:and\s+)?|quickly|now)\b[\s,]*)+/i;
/** A greeting before the name: "hey Priya, …". */
const GREETING = /^(?:hey|hi|hello|ok|okay|so|right|alright|and)\b[\s,]*/i;

/**
 * The verbs a delegated task starts with: investigations, changes to the system and comms. A message that
 * names a teammate but asks nothing of them ("Priya, thanks!") is just a message.
 */
const IMPERATIVE =
  /^(?:check|look|investigate|dig|roll|revert|undo|restart|reboot|bounce|post|send|find|search|take|draft|write|prepare|publish|update|pull|grab|see|review|monitor|watch|query|confirm|verify|figure|get|run|start|handle|own|inspect|examine|debug|triage|scale|drain|failover|fail\s+over|kill|flush|deploy|trace|compare|open|ping|tell|reach|call|collect|gather|keep|help|have\s+a\s+look|go\s+through)\b/i;

/** "you're ops lead", "you are the comms lead", "be scribe", "take comms", "can you be ops": a role handed over. */
const ROLE_CLAUSE = /^(?:you(?:'re|’re|\s+are)|you(?:'ll|’ll|\s+will)\s+be|be(?:come)?|take|please\s+(?:be|take)|can\s+you\s+(?:be|take)|could\s+you\s+(?:be|take))\s+(?:the\s+|our\s+)?(?=(?:ops|operations|comms|communications?|scribe)\b)/i;

export type Delegation = Extract<DrillAction, { type: 'incident.assign' }>;

/**
 * A free-text line that hands a teammate a task or a role, as PagerDuty's IC does ("Priya, please check
 * orders-db, I'll come back to you in 5 minutes"). The teammate is named by a vocative at the start or an
 * @mention; a request to nobody in particular ("Can someone check the DB?") is not a delegation.
 */
export function readDelegation(text: string, context: ChatContext): Delegation | undefined {
  const addressed = addressee(text.trim(), context.team);
  if (!addressed) return undefined;
  const timed = reportInPhrase(addressed.rest);
  let body = trimEdges(timed?.rest ?? addressed.rest);
  let role: AssignableRole | undefined;
  const roleClause = ROLE_CLAUSE.exec(body);
  if (roleClause) {
    const found = roleAtStart(body.slice(roleClause[0].length));
    if (found) {
      role = found.role;
      body = trimEdges(found.rest.replace(/^(?:and|then|now|so)\b\s*/i, ''));
    }
  }
  const task = taskWords(body);
  if (!role && !task) return undefined;
  return {
    type: 'incident.assign',
    teammate: addressed.teammate.id,
    ...(role ? { role } : {}),
    task: task ?? '',
    ...(timed ? { reportIn: timed.reportIn } : {}),
    via: 'message',
    message: text,
    quality: { namedPerson: true, namedTask: true, namedTime: timed !== undefined },
  };
}

/** Who the message speaks to, and the message without the name. */
function addressee(text: string, team: readonly TeammateSpec[]): { teammate: TeammateSpec; rest: string } | undefined {
  const greeted = text.replace(GREETING, '');
  const vocative = teammateAtStart(greeted, team);
  if (vocative && /^(?:\s*[,:;—–-]|\s+(?:please|pls|can|could|would|will|you|go|take|i\s+need)\b|\s*$)/i.test(vocative.rest)) {
    return { teammate: vocative.teammate, rest: vocative.rest };
  }
  // "Priya check the database" without a comma still addresses her when an order follows at once.
  if (vocative && IMPERATIVE.test(vocative.rest.trim())) return { teammate: vocative.teammate, rest: vocative.rest };
  const mention = mentioned(text, team)[0];
  if (mention) return { teammate: mention.teammate, rest: `${text.slice(0, mention.start)} ${text.slice(mention.end)}` };
  // A vocative at the end: "check the database, Priya".
  return teammateAtEnd(text, team);
}

/**
 * The work asked for, without politeness, thanks or trailing punctuation; undefined when no order is given.
 * The order may follow what prompted it ("checkout is failing, look into it"): then the whole sentence is
 * the task, so the teammate knows what "it" is.
 */
function taskWords(body: string): string | undefined {
  for (const sentence of body.split(/(?<=[.!?;])\s+/)) {
    const clauses = sentence.split(/,\s*/);
    const at = clauses.findIndex((clause) => IMPERATIVE.test(trimEdges(clause.replace(POLITE, ''))));
    if (at === -1) continue;
    const task = at === 0 ? sentence.replace(POLITE, '') : sentence;
    return trimEdges(trimEdges(task).replace(THANKS, ''));
  }
  return undefined;
}

const THANKS = /[\s,]*\b(?:thanks|thank\s+you|thx|cheers|please|pls)\b[\s!.]*$/i;

function trimEdges(text: string): string {
  return text.replace(/^[\s,;:.—–-]+/, '').replace(/[\s,;:.?!—–-]+$/, '').trim();
}
