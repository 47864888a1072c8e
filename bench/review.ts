// After the drill: how long the debrief's ideal path takes to build (cold, then cached), how long opening and
// seeking a replay take (backwards rebuilds from the seed), and how fast a postmortem draft is reviewed while the
// learner types. Figures only; nothing here fails on time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../electron/host/backend';
import type { Backend } from '../electron/host/backend';
import { parseActionsFile } from '../electron/host/drill/actions-file';
import { playDrill } from '../electron/host/drill/play';
import type { Report } from './browser-harness';

const SCENARIOS = ['checkout-bad-deploy', 'sale-day-search', 'server-outage', 'db-connectivity'];
const scenarioFolder = (id: string) => resolve(__dirname, '..', 'scenarios', id);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A back end with the scenario's novice script played to the end (the attempt the review screens describe). */
async function playedNovice(id: string): Promise<Backend> {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [scenarioFolder(id)], live: false });
  const parsed = parseActionsFile(readFileSync(resolve(scenarioFolder(id), 'scripts', 'novice.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: novice.json is invalid`);
  const played = await playDrill(backend, { scenario: id, actions: parsed.actions });
  if (!played.ok) throw new Error(played.message);
  return backend;
}

export async function reviewBench(report: Report): Promise<void> {
  for (const id of SCENARIOS) {
    const backend = await playedNovice(id);
    const cold = await timed(() => backend.invoke('debrief.get', {}));
    const warm = await timed(() => backend.invoke('debrief.get', {}));
    report(`debrief ${id}`, `${cold.toFixed(0)} ms cold (plays the expert), ${warm.toFixed(0)} ms cached`);
    backend.close();
  }

  const backend = await playedNovice('checkout-bad-deploy');
  const view = await backend.invoke('drill.view', {});
  const endsAt = view.ok ? view.value.now : 0;
  const open = await timed(() => backend.invoke('replay.open', { attempt: 1 }));
  const forward = await timed(() => backend.invoke('replay.seek', { t: endsAt }));
  const backward = await timed(() => backend.invoke('replay.seek', { t: endsAt / 2 }));
  const small = await timed(() => backend.invoke('replay.seek', { t: endsAt / 2 + 15_000 }));
  report('replay checkout (15 min): open', `${open.toFixed(0)} ms`);
  report('replay seek 0 → end / end → middle / +15 s', `${forward.toFixed(0)} ms / ${backward.toFixed(0)} ms / ${small.toFixed(0)} ms`);
  await backend.invoke('replay.close', {});

  const document = {
    summary: 'Checkout payments failed for twelve minutes after a release. Lee forgot to watch the error rate.',
    rootCause: 'Release v2.4.0 sent a null order total to the payment call.',
    whys: ['The total was null', 'The new calculation skipped a branch', 'No test covered it', '', ''],
    contributingFactors: ['No canary stage', 'No error-rate gate on deploys'],
    actionItems: [{ title: 'Add a canary stage', owner: 'checkout lead', due: '2026-12-31', type: 'prevent' as const }],
    wentBadly: 'The page went unanswered for three minutes. '.repeat(200),
  };
  const reviews: number[] = [];
  for (let i = 0; i < 50; i++) reviews.push(await timed(() => backend.invoke('postmortem.review', { document })));
  report('postmortem.review (an 8 kB draft, median of 50)', `${median(reviews).toFixed(2)} ms`);
  const saves: number[] = [];
  for (let i = 0; i < 10; i++) saves.push(await timed(() => backend.invoke('postmortem.save', { document })));
  report('postmortem.save (re-scores the attempt; median of 10)', `${median(saves).toFixed(0)} ms`);
  backend.close();
}
