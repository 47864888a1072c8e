import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { exportRuleTest } from '../../engine/alerting/promtool/export-test';
import { formatDuration, parseDuration } from '../../engine/sim/duration';
import { playHeadless } from './headless';
import type { CliIo } from './io';

export type RulesExportArgs = {
  target: string;
  seed?: number;
  actionsFile?: string;
  /** Where the window starts, relative to the drill start (`-10m`): rate windows need history. */
  from?: string;
  /** How often to check the alerts (`1m`). */
  every?: string;
  /** Compute the expected alerts with Prometheus 2.x semantics (for promtool 2.42). */
  prometheus2: boolean;
  out?: string;
  scenariosDir: string;
};

function durationArg(text: string, flag: string, io: CliIo): number | undefined {
  const negative = text.startsWith('-');
  const ms = parseDuration(negative ? text.slice(1) : text);
  if (ms === undefined || ms % 1000 !== 0) {
    io.err(`${flag}: not a duration in whole seconds: ${text}`);
    return undefined;
  }
  return negative ? -ms : ms;
}

/**
 * `firedrill rules export-test`: plays a scenario headless, then writes its rules' alert timeline over the
 * drill's own series as a promtool test file, so `promtool test rules` can confirm it.
 */
export async function rulesExportCommand(args: RulesExportArgs, io: CliIo): Promise<number> {
  const fromMs = durationArg(args.from ?? '-10m', '--from', io);
  const everyMs = durationArg(args.every ?? '1m', '--every', io);
  if (fromMs === undefined || everyMs === undefined) return 2;
  return playHeadless({ target: args.target, seed: args.seed, actionsFile: args.actionsFile, scenariosDir: args.scenariosDir }, io, (_result, backend) => {
    const session = backend.context.session!;
    const scenario = session.scenario;
    const groups = scenario.ruleGroups ?? [];
    if (groups.length === 0) {
      io.err(`${scenario.id}: the scenario has no rules.yml`);
      return 1;
    }
    const sim = session.drill.sim;
    if (everyMs <= 0 || everyMs % sim.intervalMs !== 0) {
      io.err(`--every: must be a positive multiple of the scrape interval (${formatDuration(sim.intervalMs)})`);
      return 2;
    }
    const toMs = session.drill.now;
    const start = fromMs - (((fromMs % sim.intervalMs) + sim.intervalMs) % sim.intervalMs);
    const folder = existsSync(args.target) && statSync(args.target).isDirectory() ? args.target : join(args.scenariosDir, scenario.id);
    const rulesPath = resolve(folder, 'rules.yml');
    const ruleFile = args.out === undefined ? rulesPath : relative(dirname(resolve(args.out)), rulesPath);
    const text = exportRuleTest({
      store: sim.store,
      groups,
      ruleFile,
      fromMs: start,
      toMs,
      evaluationIntervalMs: sim.intervalMs,
      everyMs,
      prometheus2: args.prometheus2,
      header: [
        `The alert timeline of ${scenario.id} (seed ${session.seed}) from ${formatDuration(Math.abs(start))} ${start < 0 ? 'before' : 'after'} the drill start`,
        'to its end, written by `firedrill rules export-test`. Time 0 here is that start of the window.',
        args.prometheus2 ? 'Expected values use Prometheus 2.x semantics (left-closed windows, pre-2.51 rates) for promtool 2.42.' : 'Expected values use current rate extrapolation (Prometheus 2.51 and later).',
      ].join('\n'),
    });
    if (args.out === undefined) io.out(text);
    else {
      writeFileSync(args.out, text);
      io.err(`wrote ${args.out}`);
    }
    return 0;
  });
}
