/**
 * Bundle sizes and import cost: plays each bundled scenario's expert script into one in-memory back end, exports
 * it, and imports it into a fresh grader (best of three imports, each into a new grader database); then the later
 * re-score of the same bundle imported while its scenario was missing.
 * Run: npx tsx electron/host/bundles/measure-bundles.ts
 */
import { performance } from 'node:perf_hooks';
import { findScenario } from '../scenarios/catalog';
import { listScenarioDirs } from '../scenarios/read-folder';
import { basename } from 'node:path';
import { exportBundle } from './export-bundle';
import { importBundle } from './import-bundle';
import { rescoreImports } from './rescore-imports';
import { backendWith, playScript, SCENARIOS_DIR } from './test-support';

async function measure(): Promise<void> {
  for (const scenario of listScenarioDirs(SCENARIOS_DIR).map((d) => basename(d))) {
    const student = backendWith([scenario], 'Ada');
    const { attempt, score } = await playScript(student, scenario, 'expert');
    const bundle = exportBundle(student.context.store, attempt, { appVersion: 'bench' });
    student.close();
    if (!bundle.ok) throw new Error(bundle.error.message);
    const times: number[] = [];
    const loads: number[] = [];
    const rescores: number[] = [];
    let line = '';
    for (let run = 0; run < 3; run++) {
      const grader = backendWith([scenario]);
      // The scenario is loaded once per batch (a class's bundles share it): loading is timed apart from the import.
      const loadStart = performance.now();
      const loaded = findScenario(grader.context.store, scenario);
      loads.push(performance.now() - loadStart);
      const started = performance.now();
      const outcome = importBundle(grader.context.store, 'a.json', bundle.value.json, undefined, () => loaded);
      times.push(performance.now() - started);
      grader.close();
      if (outcome.status !== 'imported' || outcome.score?.total !== score.total) throw new Error(`${scenario}: ${JSON.stringify(outcome)}`);
      line = `${outcome.score.total}/${outcome.score.max}`;

      // Imported before the scenario was installed, re-scored after: the same replay, from the stored events.
      const early = backendWith([]);
      importBundle(early.context.store, 'a.json', bundle.value.json, undefined, () => undefined);
      const rescoreStart = performance.now();
      const [rescored] = rescoreImports(early.context.store, () => loaded);
      rescores.push(performance.now() - rescoreStart);
      early.close();
      if (rescored?.status !== 'rescored' || rescored.score.total !== score.total) throw new Error(`${scenario}: ${JSON.stringify(rescored)}`);
    }
    const events = (JSON.parse(bundle.value.json) as { events: unknown[] }).events.length;
    const kb = Buffer.byteLength(bundle.value.json) / 1024;
    console.log(`${scenario.padEnd(22)} ${String(events).padStart(4)} events  ${kb.toFixed(1).padStart(6)} KiB  import+re-score ${Math.min(...times).toFixed(0).padStart(5)} ms (+ scenario load ${Math.min(...loads).toFixed(0)} ms once per batch)  later re-score ${Math.min(...rescores).toFixed(0).padStart(5)} ms  score ${line}`);
  }
}

void measure();
