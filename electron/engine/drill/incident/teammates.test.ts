import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { createRng } from '../../sim/rng';
import { createWorld } from '../../sim/world';
import { bundledScenario } from '../../testing/bundled.node';
import { workRange } from './durations';
import { planTask } from './teammates';
import type { Role } from './types';

const doc = bundledScenario('checkout-bad-deploy').doc;
const world = createWorld(doc.world, doc.start, doc.seed, 0 as SimMillis);
const [priya, marco] = DEFAULT_TEAM as [(typeof DEFAULT_TEAM)[0], (typeof DEFAULT_TEAM)[0]];

function plan(text: string, options: { role?: Role; seed?: number; teammate?: typeof priya } = {}) {
  return planTask({ text, teammate: options.teammate ?? priya, ...(options.role ? { role: options.role } : {}), world, rng: createRng(options.seed ?? 1, 'teammates') });
}

describe('planTask: the acknowledgement says what the teammate will do and when they will be back', () => {
  it.each([
    ['check the database', 'check-database', 'orders-db', /^On it — checking orders-db connections and slow queries\. I'll report back in about [234] minutes\.$/],
    ["look at checkout's error rate", 'check-service', 'checkout', /^On it — looking at checkout's error rate and latency\./],
    ['search the logs', 'check-logs', undefined, /^On it — searching the error logs from the last 10 minutes\./],
    ['what changed?', 'check-deploys', undefined, /^On it — checking what was deployed recently\./],
    ['check cpu on the nodes', 'check-hosts', undefined, /^On it — checking CPU, memory and disk on the nodes\./],
    ['post the next update', 'post-update', undefined, /^On it — drafting the next update for the incident and stakeholder channels\. I'll report back in about (a minute|2 minutes)\.$/],
  ] as const)('%s', (text, kind, target, reply) => {
    const got = plan(text);
    expect([got.kind, got.target, got.declined]).toEqual([kind, target, false]);
    expect(got.reply).toMatch(reply);
  });

  it('rolls back or restarts only as the operations lead', () => {
    expect(plan('roll back checkout', { role: 'ops' })).toMatchObject({ kind: 'rollback', target: 'checkout', declined: false, reply: expect.stringMatching(/^On it — rolling checkout back to its previous revision\./) });
    expect(plan('restart payments', { role: 'ops' })).toMatchObject({ kind: 'restart', target: 'payments', declined: false });
    for (const role of [undefined, 'comms', 'scribe'] as const) {
      expect(plan('roll back checkout', { ...(role ? { role } : {}), teammate: marco })).toEqual({
        kind: 'rollback',
        target: 'checkout',
        declined: true,
        workMs: 0,
        reply: 'Only the operations lead changes the system — make me ops lead first (/assign marco ops).',
      });
    }
  });

  it('asks back when the task is unclear, naming the world’s own service', () => {
    expect(plan('make it work')).toEqual({
      kind: 'unclear',
      declined: true,
      workMs: 0,
      reply: "Sorry, what should I check? e.g. the database, checkout's errors, the logs, recent deploys.",
    });
  });

  it('will not roll back something that is not a deployment', () => {
    expect(plan('roll back orders-db', { role: 'ops' })).toMatchObject({ declined: true, reply: 'orders-db is not a deployment, so there is nothing to roll back — which service should I roll back?' });
  });
});

describe('work times are realistic and seeded', () => {
  it.each(['check the database', 'roll back checkout', 'post the next update', 'check recent deploys'])('%s: within its range, whole seconds, the same for the same seed', (text) => {
    const seen = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const got = plan(text, { role: 'ops', seed });
      const [low, high] = workRange(got.kind);
      expect(got.workMs).toBeGreaterThanOrEqual(low);
      expect(got.workMs).toBeLessThanOrEqual(high);
      expect(got.workMs % 1000).toBe(0);
      expect(plan(text, { role: 'ops', seed }).workMs).toBe(got.workMs);
      seen.add(got.workMs);
    }
    // Different seeds give different times: the range is used, not one canned value.
    expect(seen.size).toBeGreaterThan(10);
  });

  it('investigations take 2–4 minutes, mitigations about a minute, updates 1–2 minutes', () => {
    expect(workRange('check-database')).toEqual([120_000, 240_000]);
    expect(workRange('rollback')).toEqual([45_000, 90_000]);
    expect(workRange('post-update')).toEqual([60_000, 120_000]);
  });
});
