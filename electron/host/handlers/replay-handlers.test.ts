import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DrillEvent } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { findScenario } from '../scenarios/catalog';
import { bundledFolder, valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
const READ_ONLY = 'this is a replay: it is read-only';
const TITLE = (parse(readFileSync(`${bundledFolder(SCENARIO)}/scenario.yaml`, 'utf8')) as { title: string }).title;

function script(name: string) {
  const parsed = parseActionsFile(readFileSync(`${bundledFolder(SCENARIO)}/scripts/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.actions;
}

type LiveCommand = { command: string; output: string; exitCode: number; prompt: string };

/** Plays a bundled script through the handlers, keeping what each terminal command printed live. */
async function played(name = 'expert', difficulty?: string) {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });
  const invoke = backend.invoke.bind(backend);
  const commands: LiveCommand[] = [];
  backend.invoke = (async (method: string, input: unknown) => {
    const result = await invoke(method as never, input as never);
    if (method === 'terminal.exec' && result.ok) {
      const outcome = result.value as { output: string; exitCode: number; prompt: string };
      commands.push({ command: (input as { command: string }).command, output: outcome.output, exitCode: outcome.exitCode, prompt: outcome.prompt });
    }
    return result;
  }) as Backend['invoke'];
  const result = await playDrill(backend, { scenario: SCENARIO, actions: script(name), difficulty });
  if (!result.ok) throw new Error(result.message);
  const session = backend.context.session!;
  return { backend, session, score: result.score, commands, events: session.events(), endedAt: session.drill.now };
}

/** The drill re-derived independently: a fresh replay of the events logged up to t, advanced to t. */
function freshViewAt(backend: Backend, events: readonly DrillEvent[], t: number) {
  const scenario = findScenario(backend.context.store, SCENARIO)!;
  const seed = backend.context.session!.seed;
  return replayDrill(scenario, seed, events.filter((e) => e.t <= t), t).view();
}

describe('attempt.list', () => {
  it('lists every attempt newest first with its learner, difficulty, score and whether it can be replayed', async () => {
    const { backend, score } = await played('expert', 'hard');
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO, learner: 'sam' }));
    const list = valueOf(await backend.invoke('attempt.list', {}));
    expect(list.map((a) => [a.id, a.learner, a.status, a.difficulty])).toEqual([
      [2, 'sam', 'running', 'standard'],
      [1, 'learner', 'ended', 'hard'],
    ]);
    expect(list[1]).toMatchObject({ scenario: SCENARIO, title: TITLE, seed: 20260313, score: { total: score.total, max: score.max }, scenarioAvailable: true });
    expect(list[1]!.endedAt).not.toBeNull();
    expect(list[0]!.score).toBeNull();
  });
});

describe('replay of a played attempt', () => {
  // Playing the script takes seconds: the tests that only read share one play, each closing its replay.
  let shared: Awaited<ReturnType<typeof played>>;
  beforeAll(async () => {
    shared = await played();
  }, 60_000);
  afterEach(async () => {
    await shared.backend.invoke('replay.close', {});
  });
  it('opens at t = 0 with the attempt end, its events and its alert firings as marks', async () => {
    const { backend, events, endedAt } = shared;
    const opened = valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    if (!opened.available) throw new Error(opened.reason);
    // The expert script ends the drill at 9m30s.
    expect(endedAt).toBe(570_000);
    expect(opened.endsAt).toBe(570_000);
    expect(valueOf(await backend.invoke('drill.view', {})).now).toBe(0);
    expect(opened.marks.filter((m) => m.seq > 0).map((m) => m.seq)).toEqual(events.map((e) => e.seq));
    expect(opened.marks.map((m) => m.label)).toEqual(
      expect.arrayContaining(['terminal.exec: kubectl get pods -n shop', 'incident.declare SEV2', 'incident.assign: lee ops', 'alert CheckoutHighErrorRate fired']),
    );
    const fired = opened.marks.find((m) => m.type === 'alert.fired' && m.label.includes('CheckoutHighErrorRate'))!;
    expect(fired.seq).toBe(0);
    // Marks are in time order, so the firing sits before the acknowledgement at 3m20s.
    expect(fired.t).toBeLessThan(200_000);
    expect(opened.marks.map((m) => m.t)).toEqual([...opened.marks.map((m) => m.t)].sort((a, b) => a - b));
  });

  it.each([0, 125_000, 200_000, 240_000, 301_000, 570_000])('shows at t = %i ms the view a fresh re-derivation to that moment gives', async (t) => {
    const { backend, events } = shared;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    const view = valueOf(await backend.invoke('replay.seek', { t }));
    expect(view).toEqual(freshViewAt(backend, events, t));
    expect(valueOf(await backend.invoke('drill.view', {}))).toEqual(view);
  });

  it('gives the same bytes whether a moment is reached forwards, or backwards and forwards again', async () => {
    const { backend } = shared;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    const straight = JSON.stringify(valueOf(await backend.invoke('replay.seek', { t: 300_000 })));
    const timeline = JSON.stringify(valueOf(await backend.invoke('incident.timeline', {})));
    valueOf(await backend.invoke('replay.seek', { t: 500_000 }));
    valueOf(await backend.invoke('replay.seek', { t: 60_000 }));
    expect(JSON.stringify(valueOf(await backend.invoke('replay.seek', { t: 300_000 })))).toBe(straight);
    expect(JSON.stringify(valueOf(await backend.invoke('incident.timeline', {})))).toBe(timeline);
  });

  it('clamps a seek past the end to the end of the attempt', async () => {
    const { backend } = shared;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    const view = valueOf(await backend.invoke('replay.seek', { t: 10_000_000 }));
    expect(view.now).toBe(570_000);
    expect(view.ended).toBe(true);
  });

  it('answers reads as the drill was at that moment: the score and events stop at it', async () => {
    const { backend, events } = shared;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    valueOf(await backend.invoke('replay.seek', { t: 230_000 }));
    // Before the rollback at 4m: the incident is declared but the release is still the broken one.
    const incident = valueOf(await backend.invoke('incident.view', {}));
    expect(incident.declared).toBe(true);
    const rollback = valueOf(await backend.invoke('score.get', {})).criteria.find((c) => c.id === 'roll-back')!;
    expect(rollback.points).toBe(0);
    const logged = events.filter((e) => e.t <= 230_000).map((e) => e.seq);
    expect(backend.context.replay!.session.events().map((e) => e.seq)).toEqual(logged);
    // At the end the replay scores what the live drill scored.
    valueOf(await backend.invoke('replay.seek', { t: 570_000 }));
    expect(valueOf(await backend.invoke('score.get', {}))).toEqual(shared.score);
  });

  it('refuses learner actions and the clock, and writes nothing to any event log', async () => {
    const { backend } = await played();
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    const logged = (attempt: number) => backend.context.store.events.list(attempt).length;
    const before = [logged(1), logged(2)];
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    valueOf(await backend.invoke('replay.seek', { t: 240_000 }));
    const refused = [
      backend.invoke('terminal.exec', { command: 'kubectl get pods -n shop' }),
      backend.invoke('drill.clock', { speed: 10 }),
      backend.invoke('drill.end', {}),
      backend.invoke('incident.declare', { title: 'again', severity: 'SEV1' }),
      backend.invoke('alert.acknowledge', { alert: 'CheckoutHighErrorRate' }),
      backend.invoke('postmortem.save', { document: {} }),
      // Saves would be filed under the replayed learner: refused as well.
      backend.invoke('logs.saveSearch', { name: 'from the replay', query: 'error' }),
      backend.invoke('logs.deleteSearch', { name: 'from the replay' }),
      backend.invoke('dashboard.save', { dashboard: {} }),
      backend.invoke('dashboard.reset', { uid: 'any' }),
    ];
    for (const result of await Promise.all(refused)) expect(result).toEqual({ ok: false, error: { code: 'conflict', message: READ_ONLY } });
    // Reads a learner would have logged are answered, and stay unlogged in a replay.
    valueOf(await backend.invoke('promql.query', { expr: 'up' }));
    valueOf(await backend.invoke('logs.query', { query: 'error' }));
    const [dashboard] = valueOf(await backend.invoke('dashboard.list', {}));
    valueOf(await backend.invoke('dashboard.open', { uid: dashboard!.uid }));
    expect([logged(1), logged(2)]).toEqual(before);
    expect(valueOf(await backend.invoke('logs.savedSearches', {}))).toEqual([]);
  });

  it('returns the commands typed up to the moment, with the outputs the live play printed', async () => {
    const { backend, commands } = shared;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    expect(valueOf(await backend.invoke('replay.transcript', {}))).toEqual([]);
    valueOf(await backend.invoke('replay.seek', { t: 235_000 }));
    // 3m30s and 3m45s are before the moment, the rollback at 4m is not.
    expect(valueOf(await backend.invoke('replay.transcript', {})).map((e) => e.command)).toEqual(commands.slice(0, 2).map((c) => c.command));
    valueOf(await backend.invoke('replay.seek', { t: 570_000 }));
    const transcript = valueOf(await backend.invoke('replay.transcript', {}));
    expect(commands).toHaveLength(3);
    expect(transcript.map(({ command, output, exitCode }) => ({ command, output, exitCode }))).toEqual(commands.map(({ command, output, exitCode }) => ({ command, output, exitCode })));
    // Each command ran at the prompt the one before it left.
    expect(transcript.slice(1).map((e) => e.prompt)).toEqual(commands.slice(0, -1).map((c) => c.prompt));
    expect(transcript.map((e) => e.at)).toEqual([210_000, 225_000, 240_000]);
  });

  it('puts the live drill back on close, and a new drill closes the replay', async () => {
    const { backend } = await played();
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    backend.context.session!.advanceTo(90_000);
    const live = backend.context.session;
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    expect(valueOf(await backend.invoke('drill.view', {})).now).toBe(0);
    expect(valueOf(await backend.invoke('replay.close', {}))).toBe(true);
    expect(backend.context.session).toBe(live);
    expect(valueOf(await backend.invoke('drill.view', {})).now).toBe(90_000);
    expect(valueOf(await backend.invoke('replay.close', {}))).toBe(false);
    valueOf(await backend.invoke('replay.open', { attempt: 1 }));
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    expect(backend.context.replay).toBeUndefined();
    expect(backend.context.session!.attemptId).toBe(3);
    valueOf(await backend.invoke('terminal.exec', { command: 'kubectl get pods -n shop' }));
  });

  it('answers seek and transcript with a conflict when no replay is open, and an unknown attempt with not_found', async () => {
    const { backend } = shared;
    expect(await backend.invoke('replay.seek', { t: 0 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.invoke('replay.transcript', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.invoke('replay.open', { attempt: 99 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'attempt' } });
  });
});

describe('an attempt whose scenario version is gone', () => {
  it('is listed as unavailable and opens as its stored events, not re-derived', async () => {
    const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });
    const { store } = backend.context;
    // A version stored by an older Firedrill whose files no longer load.
    store.scenarios.save({ id: 'old-drill', version: 'v-old', title: 'Old drill', files: { 'scenario.yaml': 'title: [not a scenario' } });
    const attempt = store.attempts.create(store.learners.ensure('kim'), 'old-drill', 'v-old', 7);
    store.events.append(attempt, 0, 'drill.start', { scenario: 'old-drill', version: 'v-old', seed: 7 });
    store.events.append(attempt, 30_000, 'terminal.exec', { command: 'uptime' });
    const [summary] = valueOf(await backend.invoke('attempt.list', {}));
    expect(summary).toMatchObject({ id: attempt, title: 'old-drill', learner: 'kim', scenarioAvailable: false, difficulty: '' });
    const opened = valueOf(await backend.invoke('replay.open', { attempt }));
    expect(opened).toEqual({
      available: false,
      attempt,
      scenario: 'old-drill',
      version: 'v-old',
      reason: expect.stringContaining('no longer installed'),
      events: [
        { seq: 1, t: 0, type: 'drill.start', payload: { scenario: 'old-drill', version: 'v-old', seed: 7 } },
        { seq: 2, t: 30_000, type: 'terminal.exec', payload: { command: 'uptime' } },
      ],
    });
    expect(backend.context.replay).toBeUndefined();
  });
});
