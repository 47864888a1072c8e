// `npm run bench`: prints figures and ratios for the thin drill; never fails on a time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Drill } from '../electron/engine/drill';
import { loadScenario } from '../electron/engine/scenario';
import { createBackend } from '../electron/host/backend';
import { parseActionsFile } from '../electron/host/drill/actions-file';
import { playDrill } from '../electron/host/drill/play';
import { reviewBench } from './review';
import { gradingBench } from './grading';
import { readScenarioFolder } from '../electron/host/scenarios/read-folder';
import { openStore } from '../electron/host/store';
import { alertingBench } from './alerting';
import { logsBench } from './logs';
import { promqlBench } from './promql';
import { simBench } from './sim';
import { terminalBench } from './terminal';
import { dashboardsBench } from './dashboards';
import { incidentBench } from './incident';

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function report(name: string, figure: string): void {
  process.stdout.write(`${name.padEnd(46)} ${figure}\n`);
}

async function main(): Promise<void> {
  const read = readScenarioFolder(folder);
  const loaded = loadScenario(read.id, read.version, read.files);
  if (!loaded.ok) throw new Error('bundled scenario is invalid');
  const scenario = loaded.scenario;

  const constructed = time(() => new Drill(scenario, 42));
  const sim = constructed.value.sim;
  report('bundled drill construction (24 h warm past)', `${constructed.ms.toFixed(0)} ms (${sim.store.seriesCount} series, ${sim.store.sampleCount} samples, ${sim.logs.size} log events)`);

  const runs = 5;
  let simulated = 0;
  const drill = time(() => {
    for (let i = 0; i < runs; i++) {
      const d = new Drill(scenario, 1000 + i);
      d.advanceTo(d.endsAt);
      simulated += d.endsAt;
    }
  });
  report('whole drill simulated (15 min of sim time)', `${(drill.ms / runs).toFixed(1)} ms per drill`);
  report('sim speed vs wall clock', `${Math.round(simulated / drill.ms)}× real time`);

  const live = new Drill(scenario, 7);
  live.advanceTo(240_000);
  const views = 200;
  const view = time(() => {
    for (let i = 0; i < views; i++) live.view();
  });
  report('drill.view (the screen refresh)', `${((view.ms / views) * 1000).toFixed(0)} µs per view`);

  const dir = mkdtempSync(join(tmpdir(), 'firedrill-bench-'));
  try {
    const store = openStore(join(dir, 'events.db'));
    store.scenarios.save({ id: scenario.id, version: scenario.version, title: scenario.doc.title, files: Object.fromEntries(read.files) });
    const learner = store.learners.ensure('bench');
    const attempt = store.attempts.create(learner, scenario.id, scenario.version, 1);
    const events = 5_000;
    const append = time(() => {
      for (let i = 0; i < events; i++) store.events.append(attempt, i * 1000, 'terminal.exec', { command: `kubectl get pods -n shop # ${i}` });
    });
    report('event log append (WAL, hash-chained)', `${Math.round(events / (append.ms / 1000))} events/s`);
    store.close();

    const actions = parseActionsFile(readFileSync(join(folder, 'scripts', 'expert.json'), 'utf8'));
    if (!actions.ok) throw new Error('expert script is invalid');
    const backend = createBackend({ dbPath: join(dir, 'play.db'), scenarioFolders: [folder], live: false });
    const start = performance.now();
    const played = await playDrill(backend, { scenario: scenario.id, actions: actions.actions });
    const playMs = performance.now() - start;
    backend.close();
    report('headless play of the expert script', `${playMs.toFixed(0)} ms (total ${played.ok ? played.score.total : '?'})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  report('heap used at the end', `${heap.toFixed(1)} MiB`);

  process.stdout.write('\nalerting (checkout-bad-deploy at 10 min):\n');
  alertingBench(scenario, folder, report);

  process.stdout.write('\nterminal (through the browser harness, Debian Chromium):\n');
  await terminalBench(report);

  process.stdout.write('\ndashboards (through the browser harness, Debian Chromium):\n');
  await dashboardsBench(report);

  process.stdout.write('\nincident workspace (a busy learner; posting a message):\n');
  await incidentBench(report);

  process.stdout.write('\nafter the drill (debrief, replay, postmortem; the novice scripts played):\n');
  await reviewBench(report);

  process.stdout.write('\ngrading (expert attempts exported as bundles, imported by a grader):\n');
  await gradingBench(report);

  process.stdout.write('\nsimulation throughput (12 services, ~5,000 series at 15 s):\n');
  simBench(report);
  promqlBench(report);

  process.stdout.write('\nlogs (1,000,000 ECS events: the bundled drill\'s logs repeated, loaded from NDJSON):\n');
  logsBench(scenario, report);
}

void main();
