/**
 * Blame language (CONVENTIONS.md §6: "without indicting any individual or team"): sentences that name a person as
 * the cause instead of describing the system. A verb like "failed to" or "should have" only blames when its
 * subject is a person (a capitalised first name, a pronoun, "the engineer"); "the deploy failed to start" and "the
 * check should have caught it" describe the system and are fine. Words that only ever judge people ("human error",
 * "careless") are flagged wherever they stand.
 */

/** A blaming phrase in one text: the phrase, its character range, its sentence and a blameless rewording. */
export type BlameHit = { phrase: string; start: number; end: number; sentence: string; suggestion: string };

/** Pronouns that stand for a person (not "we": the team speaking of itself is the blameless voice). */
const PRONOUNS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'i']);

/** Roles that name a person when they follow "the", "an", "our" or "that". */
const ROLES = new Set([
  'engineer', 'developer', 'dev', 'operator', 'sre', 'author', 'reviewer', 'deployer', 'intern', 'admin',
  'administrator', 'responder', 'on-call', 'oncall', 'on-call engineer', 'person', 'human', 'user', 'dba',
]);

/**
 * Capitalised words that start sentences or name systems, never people: a capitalised word outside this list is
 * taken for a first name ("Lee forgot…").
 */
const NOT_PEOPLE = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'we', 'our', 'you', 'your', 'their', 'his', 'her',
  'a', 'an', 'and', 'but', 'so', 'because', 'since', 'after', 'before', 'while', 'when', 'then', 'also', 'which',
  'who', 'what', 'nothing', 'nobody', 'everyone', 'everything', 'each', 'every', 'no', 'one', 'if', 'once', 'later',
  'checkout', 'payments', 'payment', 'search', 'catalog', 'cart', 'orders', 'inventory', 'api', 'web', 'frontend',
  'backend', 'gateway', 'deploy', 'deployment', 'release', 'rollout', 'rollback', 'change', 'build', 'pipeline',
  'database', 'postgres', 'postgresql', 'mysql', 'redis', 'cache', 'queue', 'kafka', 'elasticsearch', 'kubernetes',
  'nginx', 'server', 'service', 'system', 'cluster', 'node', 'host', 'disk', 'pool', 'connection', 'connections',
  'query', 'index', 'replica', 'primary', 'failover', 'migration', 'script', 'job', 'cron', 'config',
  'configuration', 'alert', 'alerts', 'alerting', 'monitoring', 'dashboard', 'prometheus', 'grafana',
  'alertmanager', 'pagerduty', 'pager', 'page', 'probe', 'healthcheck', 'check', 'test', 'tests', 'canary',
  'autoscaler', 'autoscaling', 'load', 'traffic', 'runbook', 'process', 'tooling', 'code', 'version', 'patch',
  'team', 'customers', 'users', 'support', 'sale', 'promo', 'timeout', 'retry', 'retries', 'memory', 'cpu',
  'storefront', 'shop', 'shop-api', 'recommendations', 'sitemap', 'finance', 'report', 'log', 'logs', 'logging',
  'logrotate', 'kubelet', 'pod', 'pods', 'container', 'containers', 'latency', 'errors', 'requests', 'request',
  'dns', 'network', 'firewall', 'proxy', 'balancer', 'scheduler', 'automation', 'nobody', 'everybody',
]);

const ADVERB = String.raw`(?:\s+(?:just|simply|clearly|obviously|also|then|apparently|accidentally|mistakenly|completely))?`;
const ACTOR = String.raw`(?<![\p{L}\p{N}_'’-])(?:(?<det>the|an?|our|that)\s+)?(?<actor>on-call\s+engineer|\p{L}[\p{L}-]*)`;

type Kind = 'omission' | 'forgot' | 'counterfactual' | 'broke' | 'caused' | 'missed' | 'mistake';

/** A person, then what they did or did not do. The verb decides the kind of rewording. */
const PERSON_VERBS: [RegExp, Kind][] = [
  [new RegExp(`${ACTOR}${ADVERB}\\s+(?:failed|neglected|forgot)\\s+to(?![\\p{L}])`, 'giu'), 'omission'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+forgot(?![\\p{L}])`, 'giu'), 'forgot'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+(?:didn['’]t|did\\s+not|never)(?![\\p{L}])`, 'giu'), 'omission'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+(?:should|could)(?:n['’]t|\\s+not)?\\s+have(?![\\p{L}])`, 'giu'), 'counterfactual'],
  [new RegExp(`(?<![\\p{L}])if\\s+${ACTOR.replace('(?<![\\p{L}\\p{N}_\'’-])', '')}\\s+had(?:n['’]t|\\s+not)?(?![\\p{L}])`, 'giu'), 'counterfactual'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+broke(?![\\p{L}])`, 'giu'), 'broke'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+caused(?![\\p{L}])`, 'giu'), 'caused'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+(?:ignored|missed|overlooked)(?![\\p{L}])`, 'giu'), 'missed'],
  [new RegExp(`${ACTOR}${ADVERB}\\s+(?:made\\s+(?:a|an|the)\\s+(?:mistake|error|blunder)|messed\\s+up|screwed\\s+up)(?![\\p{L}])`, 'giu'), 'mistake'],
  [new RegExp(`${ACTOR}['’]s\\s+(?:mistake|fault|error|blunder|oversight|carelessness|negligence)(?![\\p{L}])`, 'giu'), 'mistake'],
];

/** Words that judge a person wherever they stand, each with how to say it without the judgement. */
const JUDGEMENTS: [RegExp, (phrase: string, sentence: string) => string][] = [
  [/(?<![\p{L}])human\s+errors?(?![\p{L}])/giu, (phrase, sentence) => replaced(sentence, phrase, 'a gap in the tooling or process')],
  [/(?<![\p{L}])(?:his|her|their)\s+(?:mistake|fault|error|blunder|oversight)(?![\p{L}])/giu, (phrase, sentence) => replaced(sentence, phrase, 'a gap in the process')],
  [/(?<![\p{L}])(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy|sloppiness|lazy|incompeten(?:t|ce))(?![\p{L}])/giu, () => 'Leave out the judgement of the person and describe the conditions that made the slip easy to make.'],
  [/(?<![\p{L}])the\s+culprits?(?![\p{L}])/giu, (phrase, sentence) => replaced(sentence, phrase, 'the trigger')],
  [/(?<![\p{L}])(?:the\s+)?fault\s+of(?![\p{L}])/giu, () => 'Describe what in the system allowed it to happen rather than whose fault it was.'],
  [/(?<![\p{L}])(?:to\s+blame|blamed?|blames|blaming)(?![\p{L}])/giu, () => 'Describe what in the system allowed it to happen rather than who was at fault.'],
];

/**
 * Cheap tests a sentence must pass before the patterns above are tried: every pattern contains one of these
 * fragments, so a long text of sentences without them costs one test each, not one per pattern.
 */
const VERB_HINT = /fail|neglect|forgot|did|never|should|could|had|broke|caused|ignored|missed|overlooked|made|messed|screwed|['’]s\s/iu;
const JUDGEMENT_HINT = /human|mistake|fault|error|blunder|oversight|careless|negligen|sloppy|lazy|incompeten|culprit|blam/iu;

/** Every blaming phrase in a text, in order, with overlapping hits kept once (the earliest, then the longest). */
export function findBlame(text: string): BlameHit[] {
  const hits: BlameHit[] = [];
  for (const sentence of sentencesOf(text)) {
    if (VERB_HINT.test(sentence.text)) hits.push(...personHits(sentence));
    if (JUDGEMENT_HINT.test(sentence.text)) {
      for (const [pattern, suggest] of JUDGEMENTS) {
        for (const match of sentence.text.matchAll(pattern)) hits.push(hit(sentence, match.index, match[0], suggest(match[0], sentence.text)));
      }
    }
  }
  return withoutOverlaps(hits);
}

/** A person as the subject of a blaming verb, in one sentence. */
function personHits(sentence: Sentence): BlameHit[] {
  const hits: BlameHit[] = [];
  for (const [pattern, kind] of PERSON_VERBS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const { actor = '', det } = match.groups ?? {};
      // "that Lee forgot": "that" was a conjunction, not a determiner, so the phrase starts at the name.
      const asConjunction = det !== undefined && det.toLowerCase() === 'that' && !ROLES.has(actor.toLowerCase());
      if (!isPerson(actor, asConjunction ? undefined : det)) continue;
      const skip = asConjunction ? match[0].indexOf(actor) : 0;
      const after = sentence.text.slice(match.index + match[0].length);
      hits.push(hit(sentence, match.index + skip, match[0].slice(skip), personSuggestion(kind, restOf(after))));
    }
  }
  return hits;
}

type Sentence = { text: string; start: number };

/** Sentences with their offsets: a sentence ends at . ! or ? followed by white space (not inside "v2.4.0"), or at a line break. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    if (raw.trim() !== '') sentences.push({ text: raw.trim(), start: from + (raw.length - raw.trimStart().length) });
    from = to;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') push(i + 1);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/u.test(text[i + 1]!))) push(i + 1);
  }
  push(text.length);
  return sentences;
}

function hit(sentence: Sentence, index: number, phrase: string, suggestion: string): BlameHit {
  const start = sentence.start + index;
  return { phrase, start, end: start + phrase.length, sentence: sentence.text, suggestion };
}

function isPerson(actor: string, det: string | undefined): boolean {
  const word = actor.toLowerCase().replace(/\s+/g, ' ');
  if (det !== undefined) return ROLES.has(word);
  if (PRONOUNS.has(word)) return true;
  // A first name: capitalised in the text, and not a word that starts sentences or names a system.
  return /^\p{Lu}\p{Ll}/u.test(actor) && !NOT_PEOPLE.has(word) && !ROLES.has(word);
}

/** What the person was said to (not) do: the rest of the clause, without its closing punctuation. */
function restOf(after: string): string {
  return after.split(/[,;:—]/u)[0]!.replace(/[.!?]+$/u, '').trim();
}

function personSuggestion(kind: Kind, rest: string): string {
  const what = rest === '' ? 'this step' : rest;
  switch (kind) {
    case 'omission':
      return rest === ''
        ? 'The step was not automated or checked, so it could be missed.'
        : `The step to ${rest} was not automated or checked, so it could be missed.`;
    case 'forgot':
      return `Nothing in the process made sure of ${what}, so it could be missed.`;
    case 'counterfactual':
      return `Nothing in the tooling or runbook prompted this (“${what}”); describe the missing check or signal instead of what a person should have done.`;
    case 'broke':
      return `A change to ${what} went out without a safeguard that would have caught the failure.`;
    case 'caused':
      return `A change set off ${rest === '' ? 'the incident' : rest}; describe what in the system let it through.`;
    case 'missed':
      return `${capitalised(rest === '' ? 'the signal' : rest)} was easy to miss; describe what made it so (noise, routing, wording).`;
    case 'mistake':
      return 'A gap in the process let this through; describe the gap, not the person.';
  }
}

function replaced(sentence: string, phrase: string, instead: string): string {
  const i = sentence.indexOf(phrase);
  const out = `${sentence.slice(0, i)}${instead}${sentence.slice(i + phrase.length)}`;
  return capitalised(out);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withoutOverlaps(hits: BlameHit[]): BlameHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BlameHit[] = [];
  for (const h of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}
