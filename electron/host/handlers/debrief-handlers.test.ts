// handler-testing loads the back end (and with it every handler module) before anything from debrief is imported.
import { bundledFolder, startedBackend, valueOf } from './handler-testing';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Debrief, DebriefMoment } from '../../engine/debrief/types';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { clearIdealPaths } from '../debrief';
import { parseActionsFile } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { readScenarioFolder } from '../scenarios/read-folder';

const SCENARIO = 'checkout-bad-deploy';

function script(name: string) {
  const parsed = parseActionsFile(readFileSync(`${bundledFolder(SCENARIO)}/scripts/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.actions;
}

const open: Backend[] = [];
afterEach(() => {
  for (const backend of open.splice(0)) backend.close();
});

/** A fresh back end with the scenario played to its end by one of its scripted learners. */
async function played(learner: string): Promise<Backend> {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });
  open.push(backend);
  const result = await playDrill(backend, { scenario: SCENARIO, actions: script(learner) });
  if (!result.ok) throw new Error(result.message);
  return backend;
}

const recoveryAt = (moments: DebriefMoment[]) => moments.find((m) => m.lane === 'recovery')?.at;

describe('debrief.get', () => {
  beforeAll(() => clearIdealPaths());

  it('is refused while the drill runs, and without a drill', async () => {
    const running = await startedBackend(SCENARIO);
    open.push(running);
    expect(await running.invoke('debrief.get', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'the debrief is ready when the drill ends' } });
    const idle = createBackend({ dbPath: ':memory:', scenarioFolders: [], live: false });
    open.push(idle);
    expect(await idle.invoke('debrief.get', {})).toMatchObject({ ok: false, error: { code: 'no_drill' } });
  });

  it("puts the novice's late rollback beside the expert's: the ideal path recovers first", async () => {
    const backend = await played('novice');
    const debrief: Debrief = valueOf(await backend.invoke('debrief.get', {}));
    const novice = recoveryAt(debrief.learner);
    const ideal = recoveryAt(debrief.ideal!);
    expect(novice).toBeDefined();
    expect(ideal).toBeDefined();
    expect(ideal!).toBeLessThan(novice!);
    // The novice's rollback is on their path, at the time their script sent it.
    const rollback = script('novice').find((a) => a.request === 'terminal.exec' && String((a.input as { command: string }).command).includes('rollout undo'))!;
    expect(debrief.learner).toContainEqual(expect.objectContaining({ lane: 'actions', at: rollback.at, label: (rollback.input as { command: string }).command }));
    // Both signals cover their run; the expert's ratio is back under 1% while the novice's is still at the fault's 30%.
    const between = Math.ceil((ideal! + 60_000) / 15_000) * 15_000;
    const ratio = (points: [number, number][]) => points.find(([t]) => t === between)![1];
    expect(between).toBeLessThan(novice!);
    expect(ratio(debrief.signal!.ideal!)).toBeLessThan(0.01);
    expect(ratio(debrief.signal!.learner)).toBeGreaterThan(0.2);
  });

  it("explains the session's own score and maps evidence to its events", async () => {
    const backend = await played('novice');
    const session = backend.context.session!;
    const debrief = valueOf(await backend.invoke('debrief.get', {}));
    expect(debrief.score).toEqual(session.score());
    const times = new Map(session.events().map((e) => [e.seq, e.t]));
    for (const c of debrief.criteria) expect(c.evidenceAt).toEqual(c.evidence.map((seq) => ({ seq, at: times.get(seq) })));
    expect(debrief.practise.length).toBeGreaterThan(0);
  });

  it("gives the expert a path identical to the ideal one (the same script on the same seed), and leaves the learner's log alone", async () => {
    const backend = await played('expert');
    const before = backend.context.session!.events().length;
    const debrief = valueOf(await backend.invoke('debrief.get', {}));
    expect(debrief.learner).toEqual(debrief.ideal);
    expect(debrief.signal!.learner).toEqual(debrief.signal!.ideal);
    expect(backend.context.session!.events()).toHaveLength(before);
  });

  it('is the same bytes twice', async () => {
    const backend = await played('novice');
    const first = JSON.stringify(valueOf(await backend.invoke('debrief.get', {})));
    clearIdealPaths();
    const second = JSON.stringify(valueOf(await backend.invoke('debrief.get', {})));
    expect(second).toBe(first);
  });

  it('describes the attempt a replay has open, all of it, wherever the scrubber is', async () => {
    const backend = await played('novice');
    const attempt = backend.context.session!.attemptId;
    const live = JSON.stringify(valueOf(await backend.invoke('debrief.get', {})));
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    valueOf(await backend.invoke('replay.open', { attempt }));
    valueOf(await backend.invoke('replay.seek', { t: 60_000 }));
    expect(JSON.stringify(valueOf(await backend.invoke('debrief.get', {})))).toBe(live);
    valueOf(await backend.invoke('replay.close', {}));
    // Back on the new drill, which is still running.
    expect(await backend.invoke('debrief.get', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('has no ideal path for an imported scenario without an expert script', async () => {
    const files = Object.fromEntries([...readScenarioFolder(bundledFolder(SCENARIO)).files].filter(([path]) => !path.startsWith('scripts/')));
    const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [], live: false });
    open.push(backend);
    valueOf(await backend.invoke('scenario.import', { id: 'no-scripts', files }));
    const result = await playDrill(backend, { scenario: 'no-scripts', actions: [{ at: 60_000, request: 'drill.end', input: {} }] });
    expect(result.ok).toBe(true);
    const debrief = valueOf(await backend.invoke('debrief.get', {}));
    expect(debrief.ideal).toBeNull();
    expect(debrief.signal).toMatchObject({ ideal: null });
    expect(debrief.signal!.learner.length).toBe(60_000 / 15_000 + 1);
    expect(debrief.fault).not.toBeNull();
  });
});
