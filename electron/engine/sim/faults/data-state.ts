import type { SimMillis } from '../clock';
import { hashString } from '../rng';
import type { DatastoreState, Disk, World } from '../world';

/*
 * What the data faults and operations share that the world types do not (yet) record: the long-running
 * backends a store is running (kill-query ends them), and the runaway log writers filling a disk
 * (rotate-logs, clear-disk and restarting the writer act on them). Side tables keyed by the world's own
 * objects, so each simulation has its own and a replay rebuilds them exactly.
 */

/** A long-running backend on a store's primary or replica: what `pg_stat_activity` shows and kill-query ends. */
export type LongQuery = {
  pid: number;
  query: string;
  startedAt: SimMillis;
  on: 'primary' | 'replica';
  /** Seconds of replication lag it adds per second while it holds back replay on the replica. */
  lagRate: number;
};

const LONG_QUERIES = new WeakMap<DatastoreState, LongQuery[]>();

/** The store's long-running backends, oldest first. */
export function longQueries(store: DatastoreState): readonly LongQuery[] {
  return LONG_QUERIES.get(store) ?? [];
}

/** A backend pid for a new long query: stable for (seed, store, time, salt), in Postgres's usual range. */
export function backendPid(world: World, store: DatastoreState, salt: string): number {
  return 2_000 + (hashString(`${world.seed}:${store.spec.name}:${world.now}:${salt}`) % 60_000);
}

/** `blocker` mirrors the oldest long query on the primary, which the logs and psql read. */
function syncBlocker(store: DatastoreState): void {
  const first = longQueries(store).find((q) => q.on === 'primary');
  store.blocker = first && { pid: first.pid, query: first.query, startedAt: first.startedAt };
}

export function startLongQuery(store: DatastoreState, query: LongQuery): void {
  LONG_QUERIES.set(store, [...longQueries(store), query]);
  store.replicationLagRate += query.lagRate;
  syncBlocker(store);
}

/** Ends one backend (terminated, or its session died); returns it if it was running. */
export function endLongQuery(store: DatastoreState, pid: number): LongQuery | undefined {
  const all = longQueries(store);
  const ended = all.find((q) => q.pid === pid);
  if (!ended) return undefined;
  LONG_QUERIES.set(store, all.filter((q) => q !== ended));
  store.replicationLagRate = Math.max(0, store.replicationLagRate - ended.lagRate);
  syncBlocker(store);
  return ended;
}

export function hasLongQuery(store: DatastoreState, pid: number): boolean {
  return longQueries(store).some((q) => q.pid === pid);
}

/**
 * A failover or restart under way. Its end is set (`failoverUntil` / `restartUntil`, which the world acts on)
 * only when the operation completes, so a scenario's duration for the operation holds either way.
 */
export type Transition = { kind: 'failover' | 'restart'; since: SimMillis };

const TRANSITIONS = new WeakMap<DatastoreState, Transition>();

export function transition(store: DatastoreState): Transition | undefined {
  return TRANSITIONS.get(store);
}

/** Starts a transition, replacing (aborting) any under way; returns it, for the completion to check it is still current. */
export function beginTransition(store: DatastoreState, kind: Transition['kind'], since: SimMillis): Transition {
  const started = { kind, since };
  TRANSITIONS.set(store, started);
  return started;
}

export function endTransition(store: DatastoreState): void {
  TRANSITIONS.delete(store);
}

/** Down on purpose and coming back by itself: a failover or restart under way or about to land. */
export function inTransition(store: DatastoreState): boolean {
  return TRANSITIONS.has(store) || store.failoverUntil !== undefined || store.restartUntil !== undefined;
}

/** A process writing a runaway log onto a disk (the disk-fill fault). */
export type LogWriter = {
  fault: string;
  path: string;
  /** Its share of the disk's `fillBytesPerSec` while it writes (0 once stopped). */
  bytesPerSec: number;
  /** The log was deleted while still open: its bytes stay used but no file name leads to them. */
  deletedOpen: boolean;
  /** The service whose processes hold the file open, if named. */
  writer?: string;
  /** Bytes written to a file that still has a name (rotate-logs and clear-disk can free them). */
  visibleBytes: number;
};

const WRITERS = new WeakMap<Disk, LogWriter[]>();

export function logWriters(disk: Disk): LogWriter[] {
  let list = WRITERS.get(disk);
  if (!list) {
    list = [];
    WRITERS.set(disk, list);
  }
  return list;
}

/** Stops a writer: the disk stops filling at its rate. */
export function stopWriter(disk: Disk, writer: LogWriter): void {
  disk.fillBytesPerSec = Math.max(0, disk.fillBytesPerSec - writer.bytesPerSec);
  writer.bytesPerSec = 0;
}

/** Frees bytes from a disk (never below what deleted-but-open files still hold). */
export function freeBytes(disk: Disk, bytes: number): number {
  const freed = Math.max(0, Math.min(bytes, disk.usedBytes - disk.deletedOpenBytes));
  disk.usedBytes -= freed;
  return freed;
}

/** The disk behind a "host:/mount" target. */
export function diskAt(world: World, target: string): { host: string; disk: Disk } {
  const colon = target.indexOf(':');
  const host = target.slice(0, colon);
  const mount = target.slice(colon + 1);
  return { host, disk: world.hosts.get(host)!.disks.find((d) => d.mount === mount)! };
}

/** Per-fault private state (what a fault remembers between ticks), keyed by its active record. */
export function faultMemory<S>(init: () => S): (fault: object) => S {
  const table = new WeakMap<object, S>();
  return (fault) => {
    let state = table.get(fault);
    if (state === undefined) {
      state = init();
      table.set(fault, state);
    }
    return state;
  };
}

/** "41.2G" / "512M", as `df -h` and `du -h` print sizes (powers of 1024). */
export function humanBytes(bytes: number): string {
  const units = ['B', 'K', 'M', 'G', 'T'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)}${units[unit]}` : `${value < 10 ? value.toFixed(1) : Math.round(value)}${units[unit]}`;
}
