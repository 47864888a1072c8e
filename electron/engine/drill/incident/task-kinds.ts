import type { World } from '../../sim/world';
import type { TaskKind } from './types';

/** What a thing named in a task is, so the kind can follow from the target when the words do not say. */
export type TargetKind = 'service' | 'datastore' | 'cache' | 'host';

export type ClassifiedTask = { kind: TaskKind; target?: string; targetKind?: TargetKind };

/**
 * The words that make each kind, tried in this order: a change to the system first (so "roll back the
 * deploy" is a rollback, not a look at deploys), then comms, then the investigations from the most specific
 * place to look to the most general one (so "errors in the logs" is a log search, not a service check).
 */
const KIND_WORDS: readonly [TaskKind, RegExp][] = [
  ['rollback', /\broll(?:ing)?[\s-]*(?:it\s+|that\s+|this\s+|[\w-]+\s+)?back\b|\brollback\b|\brevert\b|\bundo\b|\bprevious (?:version|release)\b/],
  ['restart', /\brestart|\breboot|\bbounce\b|\brecycle\b|\bkick\b/],
  ['post-update', /\b(?:post|send|write|draft|publish|prepare)\b.{0,40}\bupdate\b|\bupdate\s+(?:the\s+)?(?:stakeholders|status ?page|customers|support|everyone)\b|\bstatus\s+update\b|\bnext\s+update\b|\bstakeholder\s+update\b/],
  ['check-deploys', /\bwhat\s+changed\b|\bdeploy|\brelease|\brollouts?\b|\bchanges?\b|\bversions?\b|\bcommits?\b/],
  ['check-logs', /\blogs?\b|\bkibana\b|\bdiscover\b|\bstack\s*traces?\b|\bexceptions?\b/],
  ['check-database', /\bdatabases?\b|\bdb\b|\bpostgres|\bpsql\b|\bsql\b|\bconnections?\b|\bslow\s+quer|\bquer(?:y|ies)\b|\blocks?\b|\breplication\b|\bpool\b/],
  ['check-hosts', /\bcpu\b|\bdisks?\b|\bmemory\b|\bram\b|\bnodes?\b|\bhosts?\b|\bload\b|\bmachines?\b|\bservers?\b|\binfra/],
  ['check-service', /\berrors?\b|\blatency\b|\bslow\b|\b5xx\b|\btraffic\b|\bdashboards?\b|\bmetrics\b|\bgraphs?\b|\bp99\b|\bhealth|\berror\s+rate\b|\btimeouts?\b/],
];

/** An update for the IC ("send me an update on the database") is a report back, not a post to the channels. */
const TO_ME = /\b(?:give|send|get)\s+(?:me|us)\b|\bupdate\s+(?:me|us)\b|\bkeep\s+(?:me|us)\s+(?:posted|updated)\b/;

/** An investigation verb with a named thing and no other clue: "look at checkout", "how is orders-db?". */
const LOOK =
  /\b(?:check(?:s|ing|ed)?|look(?:s|ing)?|investigat\w*|dig(?:ging)?|find|see|take|inspect\w*|examin\w*|debug\w*|triage|watch\w*|monitor\w*|figure|verify|confirm|how(?:'s|\s+is|\s+are)|status\s+of|update\s+on)\b/;

const BY_TARGET: Record<TargetKind, TaskKind> = { service: 'check-service', datastore: 'check-database', cache: 'check-database', host: 'check-hosts' };

/** The learner's task words as a kind of work and the thing they name. */
export function classifyTask(text: string, world: World): ClassifiedTask {
  const lower = text.toLowerCase();
  const named = findTarget(lower, world);
  for (const [kind, words] of KIND_WORDS) {
    if (!words.test(lower) || (kind === 'post-update' && TO_ME.test(lower))) continue;
    if (named && LOOKS_AT_TARGET.has(kind)) return lookAt(kind, named, world);
    return { kind, ...withDefault(kind, named, world) };
  }
  if (named && LOOK.test(lower)) return { kind: BY_TARGET[named.kind], target: named.name, targetKind: named.kind };
  return { kind: 'unclear', ...(named ? { target: named.name, targetKind: named.kind } : {}) };
}

/** The investigations whose target is the thing they look at (a log search or a deploy check is about a service). */
const LOOKS_AT_TARGET: ReadonlySet<TaskKind> = new Set(['check-database', 'check-hosts', 'check-service']);

/**
 * A named thing decides which of the investigations it gets: a host is a host check and a datastore a
 * database check whatever symptom words come with it ("disk on db-1"), and "checkout's database" is the
 * datastore checkout calls.
 */
function lookAt(kind: TaskKind, named: { name: string; kind: TargetKind }, world: World): ClassifiedTask {
  if (named.kind === 'service' && kind === 'check-database') {
    for (const call of world.services.get(named.name)?.spec.calls ?? []) {
      if ('datastore' in call) return { kind, target: call.datastore, targetKind: 'datastore' };
    }
  }
  return { kind: BY_TARGET[named.kind], target: named.name, targetKind: named.kind };
}

/** "The database" in a world with one datastore names it; otherwise the target stays what the text said. */
function withDefault(kind: TaskKind, named: { name: string; kind: TargetKind } | undefined, world: World): { target?: string; targetKind?: TargetKind } {
  if (named) return { target: named.name, targetKind: named.kind };
  if (kind === 'check-database' && world.datastores.size === 1) return { target: [...world.datastores.keys()][0]!, targetKind: 'datastore' };
  return {};
}

/**
 * The first service, datastore, cache or host the text names, by its whole name ("catalog" does not match
 * inside "catalog-db"), also with spaces for dashes ("orders db"). A service named like a verb ("search the
 * logs", "search for errors") is not a target there.
 */
export function findTarget(lower: string, world: World): { name: string; kind: TargetKind } | undefined {
  const candidates: { name: string; kind: TargetKind }[] = [
    ...[...world.services.values()].filter((s) => !s.spec.external).map((s) => ({ name: s.spec.name, kind: 'service' as const })),
    ...[...world.datastores.keys()].map((name) => ({ name, kind: 'datastore' as const })),
    ...[...world.caches.keys()].map((name) => ({ name, kind: 'cache' as const })),
    ...[...world.hosts.keys()].map((name) => ({ name, kind: 'host' as const })),
  ];
  let best: { name: string; kind: TargetKind; at: number; length: number } | undefined;
  for (const candidate of candidates) {
    for (const spelling of new Set([candidate.name, candidate.name.replace(/-/g, ' ')])) {
      const pattern = new RegExp(`(?<![\\w-])${escape(spelling.toLowerCase())}(?![\\w-])(?!\\s+(?:the|for|through|all|across)\\b)`, 'g');
      for (const match of lower.matchAll(pattern)) {
        const at = match.index;
        // The earliest mention wins; at the same place the longer name ("orders db" over "orders").
        if (!best || at < best.at || (at === best.at && spelling.length > best.length)) best = { ...candidate, at, length: spelling.length };
      }
    }
  }
  return best && { name: best.name, kind: best.kind };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
