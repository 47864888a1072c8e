// Grading a class: how big an attempt bundle is, and how long the grader's import (verify the chain, re-play and
// re-score from the events) takes per attempt — the first of a scenario (which loads and validates it) and then a
// class of twenty. Figures only; nothing here fails on time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../electron/host/backend';
import { parseActionsFile } from '../electron/host/drill/actions-file';
import { playDrill } from '../electron/host/drill/play';
import type { Report } from './browser-harness';

const SCENARIOS = ['checkout-bad-deploy', 'sale-day-search', 'server-outage', 'db-connectivity'];
const CLASS_SIZE = 20;
const scenarioFolder = (id: string) => resolve(__dirname, '..', 'scenarios', id);

/** The scenario's expert script played headless and exported as a bundle. */
async function expertBundle(id: string): Promise<{ json: string; events: number }> {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [scenarioFolder(id)], live: false });
  try {
    const parsed = parseActionsFile(readFileSync(resolve(scenarioFolder(id), 'scripts', 'expert.json'), 'utf8'));
    if (!parsed.ok) throw new Error(`${id}: expert.json is invalid`);
    const played = await playDrill(backend, { scenario: id, actions: parsed.actions });
    if (!played.ok) throw new Error(played.message);
    const exported = await backend.invoke('attempt.exportBundle', { attempt: 1 });
    if (!exported.ok) throw new Error(exported.error.message);
    return { json: exported.value.json, events: (JSON.parse(exported.value.json) as { events: unknown[] }).events.length };
  } finally {
    backend.close();
  }
}

/** The same bundle handed in by another learner (the learner is part of a bundle's identity, not of its chain). */
function asLearner(json: string, name: string): string {
  const bundle = JSON.parse(json) as { learner: { name: string } };
  bundle.learner = { name };
  return JSON.stringify(bundle);
}

export async function gradingBench(report: Report): Promise<void> {
  for (const id of SCENARIOS) {
    const bundle = await expertBundle(id);
    const grader = createBackend({ dbPath: ':memory:', scenarioFolders: [scenarioFolder(id)], live: false });
    try {
      let start = performance.now();
      const first = await grader.invoke('grade.import', { files: [{ name: 'first.json', json: bundle.json }] });
      const firstMs = performance.now() - start;
      if (!first.ok || first.value[0]?.status !== 'imported') throw new Error(`${id}: the bundle did not import`);
      const files = Array.from({ length: CLASS_SIZE }, (_, i) => ({ name: `s${i}.json`, json: asLearner(bundle.json, `Student ${i + 1}`) }));
      start = performance.now();
      const rest = await grader.invoke('grade.import', { files });
      const perAttempt = (performance.now() - start) / CLASS_SIZE;
      if (!rest.ok || rest.value.some((o) => o.status !== 'imported')) throw new Error(`${id}: the class did not import`);
      const kib = Buffer.byteLength(bundle.json) / 1024;
      report(`bundle ${id}`, `${kib.toFixed(1)} KiB (${bundle.events} events); import + re-score ${firstMs.toFixed(0)} ms first, ${perAttempt.toFixed(0)} ms each of ${CLASS_SIZE}`);
    } finally {
      grader.close();
    }
  }
}
