import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertState, PushEventName } from '../../contract';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import type { AttemptSession } from './session';

// The bundled scenario: checkout v2.4.0 rolls out at 2m, one surge pod at a time (each needs 15 s to become
// ready before an old one goes); the alert watches error_ratio > 0.05 with for: 1m; rules are evaluated every 15s.
const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));
const FAULT_AT = 120_000;
const FOR = 60_000;
const EVAL = 15_000;
const POD_STEP = 15_000;

let backend: Backend;
let session: AttemptSession;
let pushed: [PushEventName, unknown][];

beforeEach(async () => {
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [BUNDLED], live: false });
  pushed = [];
  backend.onAny((event, payload) => pushed.push([event, payload]));
  expect((await backend.invoke('drill.start', { scenario: 'checkout-bad-deploy' })).ok).toBe(true);
  session = backend.context.session!;
});
afterEach(() => backend.close());

const alert = (): AlertState => session.drill.view().alerts[0]!;

/** Advances evaluation by evaluation to `until`, recording the alert's state at each. */
function record(until: number, timeline: Map<number, AlertState> = new Map()) {
  for (let t = session.drill.now + EVAL - (session.drill.now % EVAL); t <= until; t += EVAL) {
    session.advanceTo(t);
    timeline.set(t, alert());
  }
  return timeline;
}

async function exec(command: string) {
  const result = await backend.invoke('terminal.exec', { command });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const podNames = (output: string) => output.split('\n').slice(1).map((row) => row.split(/ +/)[0]!).filter((name) => name.startsWith('checkout-'));
const templateHashes = (output: string) => new Set(podNames(output).map((name) => name.split('-').at(-2)));

describe('the bundled scenario, played through a session', () => {
  it('fires its alert after "for" of pending, and resolves it after the rollback', async () => {
    const timeline = record(240_000);
    const pendingAt = [...timeline].find(([, a]) => a.state === 'pending')![0];
    const firedAt = [...timeline].find(([, a]) => a.state === 'firing')![0];
    expect([...timeline].filter(([t]) => t < FAULT_AT).every(([, a]) => a.state === 'inactive')).toBe(true);
    expect(pendingAt).toBeGreaterThanOrEqual(FAULT_AT);
    expect(timeline.get(firedAt)!.activeAt).toBe(pendingAt);
    expect(firedAt - pendingAt).toBeGreaterThanOrEqual(FOR);
    expect(firedAt - pendingAt).toBeLessThan(FOR + EVAL);
    expect([...timeline].filter(([t]) => t >= pendingAt && t < firedAt).every(([, a]) => a.state === 'pending')).toBe(true);
    expect(pushed).toContainEqual(['alert.fired', { alert: 'CheckoutHighErrorRate', at: firedAt }]);

    expect(await exec('kubectl rollout undo deployment/checkout -n shop')).toMatchObject({ exitCode: 0 });
    record(420_000, timeline);
    // An action lands after its tick's step, so the rollout creates its first surge pod on the next tick; each of
    // the three pods then takes POD_STEP to become ready, and the fault sees the last bad pod gone one tick later.
    const lastBadPodGone = 240_000 + 1_000 + 3 * POD_STEP + 1_000;
    const resolvedAt = [...timeline].find(([, a]) => a.state === 'resolved')![0];
    expect(resolvedAt).toBeGreaterThanOrEqual(lastBadPodGone);
    expect(resolvedAt).toBeLessThanOrEqual(lastBadPodGone + 2 * EVAL);
    expect([...timeline].filter(([t]) => t > firedAt && t < resolvedAt).every(([, a]) => a.state === 'firing')).toBe(true);
    expect(pushed).toContainEqual(['alert.resolved', { alert: 'CheckoutHighErrorRate', at: resolvedAt }]);
    expect(session.drill.occurrences()).toContainEqual({ kind: 'fault.cleared', name: 'bad-deploy', at: lastBadPodGone });
  });

  it('keeps firing to the end without a rollback, then ends the attempt once and files its score', () => {
    session.advanceTo(session.drill.endsAt);
    expect(alert().state).toBe('firing');
    expect(pushed.filter(([event]) => event === 'drill.ended')).toEqual([['drill.ended', { at: session.drill.endsAt }]]);
    session.advanceTo(session.drill.endsAt + 60_000);
    expect(pushed.filter(([event]) => event === 'drill.ended')).toHaveLength(1);
    expect(backend.context.store.attempts.get(session.attemptId)?.status).toBe('ended');
    expect(backend.context.store.scores.get(session.attemptId)).toEqual(session.score());
  });

  it('shows new pods after the bad deploy and the original template hash after the rollback', async () => {
    session.advanceTo(60_000);
    const before = await exec('kubectl get pods -n shop');
    expect(before.output.split('\n')[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(podNames(before.output)).toHaveLength(3);
    const original = templateHashes(before.output);

    session.advanceTo(FAULT_AT + 4 * POD_STEP);
    const during = templateHashes((await exec('kubectl get pods -n shop')).output);
    expect(during.size).toBe(1);
    expect(during).not.toEqual(original);

    await exec('kubectl rollout undo deployment/checkout -n shop');
    session.advanceTo(session.drill.now + 4 * POD_STEP);
    expect(templateHashes((await exec('kubectl get pods -n shop')).output)).toEqual(original);
  });

  it('acknowledges the alert only while it fires', async () => {
    const early = await backend.invoke('alert.acknowledge', { alert: 'CheckoutHighErrorRate' });
    expect(early).toMatchObject({ ok: true, value: { acknowledged: false, reason: expect.stringMatching(/inactive/) } });
    session.advanceTo(240_000);
    const late = await backend.invoke('alert.acknowledge', { alert: 'CheckoutHighErrorRate' });
    expect(late).toMatchObject({ ok: true, value: { acknowledged: true } });
    expect(alert().acknowledgedAt).toBe(240_000);
  });

  it('writes each action to the event log before it takes effect', async () => {
    session.advanceTo(30_000);
    await exec('kubectl get pods -n shop');
    await backend.invoke('incident.resolve', {});
    expect(session.events().map((e) => [e.t, e.type, e.payload])).toEqual([
      [0, 'drill.start', { scenario: 'checkout-bad-deploy', version: session.scenario.version, seed: session.seed, difficulty: 'standard' }],
      [30_000, 'terminal.exec', { command: 'kubectl get pods -n shop' }],
      [30_000, 'incident.resolve', { summary: '', via: 'form' }],
    ]);
  });
});
