import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import type { Drill } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import type { EcsEvent } from '../../engine/logs';
import { formatDuration } from '../../engine/sim';
import { openMetricsChunks } from '../../engine/tsdb/openmetrics';
import { findScenario } from '../scenarios/catalog';
import { openStore } from '../store';
import { playHeadless } from './headless';
import type { CliIo } from './io';
import type { Participant } from '../../engine/team/types';

export const EXPORT_FORMATS = ['openmetrics', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportArgs = {
  /** A scenario id or folder to play (unless `attempt` is given). */
  target?: string;
  seed?: number;
  difficulty?: string;
  /** Plays a team drill (a stored attempt has its own team). */
  team?: Participant[];
  actionsFile?: string;
  /** A stored attempt to re-derive from its event log (needs `db`). */
  attempt?: number;
  db?: string;
  format?: string;
  out?: string;
  scenariosDir: string;
};

/** ECS events as NDJSON, one event per line, in batches of lines. */
export function* ndjsonChunks(events: readonly EcsEvent[], batch = 2_000): Generator<string> {
  for (let i = 0; i < events.length; i += batch) {
    yield events
      .slice(i, i + batch)
      .map((e) => `${JSON.stringify(e)}\n`)
      .join('');
  }
}

/** Writes a drill's metrics or logs to a file; returns what it wrote, for the summary line. */
function writeExport(drill: Drill, format: ExportFormat, out: string): string {
  const fd = openSync(out, 'w');
  try {
    if (format === 'ndjson') {
      const events = drill.sim.logs.all();
      for (const chunk of ndjsonChunks(events)) writeSync(fd, chunk);
      return `${events.length} log events`;
    }
    const chunks = openMetricsChunks(drill.sim.store, drill.sim.world.startUnixMs);
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) return `${next.value.samples} samples in ${next.value.series} series (${next.value.families} families)`;
      writeSync(fd, next.value);
    }
  } finally {
    closeSync(fd);
  }
}

/** Plays a scenario headless through the handlers, as `drill play` does, and returns the finished drill. */
async function playForExport(args: ExportArgs, io: CliIo): Promise<Drill | number> {
  return playHeadless({ target: args.target!, seed: args.seed, difficulty: args.difficulty, team: args.team, actionsFile: args.actionsFile, db: args.db, scenariosDir: args.scenariosDir }, io, (_result, backend) => backend.context.session!.drill);
}

/** Re-derives a stored attempt from its event log: to its end if it ended, else to its last logged event. */
function replayAttempt(args: ExportArgs, io: CliIo): Drill | number {
  const db = args.db!;
  if (!existsSync(db)) {
    io.err(`${db}: no such database`);
    return 2;
  }
  const store = openStore(db);
  try {
    const attempt = store.attempts.get(args.attempt!);
    if (!attempt) {
      io.err(`${db}: no attempt ${args.attempt}`);
      return 1;
    }
    const scenario = findScenario(store, attempt.scenarioId, attempt.scenarioVersion);
    if (!scenario) {
      io.err(`${db}: attempt ${attempt.id} played scenario ${attempt.scenarioId} version ${attempt.scenarioVersion}, which is not stored`);
      return 1;
    }
    const events = store.events.list(attempt.id).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
    let until = Number.MAX_SAFE_INTEGER;
    if (attempt.status === 'running') {
      until = events.at(-1)?.t ?? 0;
      io.err(`attempt ${attempt.id} has not ended: exporting up to its last logged event (sim time ${until} ms)`);
    }
    return replayDrill(scenario, attempt.seed, events, until);
  } finally {
    store.close();
  }
}

/**
 * `drill export`: plays a scenario (as `drill play` does) or re-derives a stored attempt from its event
 * log, then writes every metric sample, warm past included, as OpenMetrics text or every log event as ECS
 * NDJSON, for loading into a real Prometheus (`promtool tsdb create-blocks-from openmetrics`) or Elasticsearch.
 */
export async function exportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  if (!EXPORT_FORMATS.includes(args.format as ExportFormat)) {
    io.err(args.format === undefined ? '--format is required: openmetrics or ndjson' : `--format: expected openmetrics or ndjson, got "${args.format}"`);
    return 2;
  }
  if (args.out === undefined) {
    io.err('--out FILE is required');
    return 2;
  }
  if ((args.attempt === undefined) === (args.target === undefined)) {
    io.err('drill export needs either a scenario (id or folder) or --attempt ID --db PATH, not both');
    return 2;
  }
  if (args.attempt !== undefined && args.db === undefined) {
    io.err('--attempt needs --db PATH (the database the attempt is stored in)');
    return 2;
  }
  if (args.attempt !== undefined && (args.seed !== undefined || args.actionsFile !== undefined || args.team !== undefined)) {
    io.err('--seed, --actions and --team replay a scenario; an attempt has its own seed, actions and team');
    return 2;
  }
  const drill = args.attempt !== undefined ? replayAttempt(args, io) : await playForExport(args, io);
  if (typeof drill === 'number') return drill;
  const wrote = writeExport(drill, args.format as ExportFormat, args.out);
  io.out(`${args.out}: ${wrote} (${drill.scenario.id}, seed ${drill.seed}, warm past and drill up to ${formatDuration(drill.now)})`);
  return 0;
}
