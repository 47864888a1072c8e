import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../scenario';
import { simMillis } from '../../sim/clock';
import type { World } from '../../sim/world';
import { createWorld, tickWorld } from '../../sim/world';
import { runCommandLine } from '../shell';

const doc = scenarioSchema.parse({
  title: 't',
  summary: 's',
  start: '2026-03-13T10:00:00Z',
  duration: '15m',
  seed: 7,
  services: [
    { name: 'checkout', namespace: 'shop', instances: 3, version: 'v2.3.0', requests_per_second: 100, error_ratio: 0.01, latency_ms: 100 },
    { name: 'search', namespace: 'catalog', instances: 2, version: 'v1', requests_per_second: 50, error_ratio: 0.01, latency_ms: 100 },
  ],
  faults: [{ id: 'bad', at: '1m', kind: 'bad-deploy', service: 'checkout', deploy_version: 'v2.4.0', error_ratio: 0.3, log_message: 'boom', rollout: '30s' }],
  rubric: [{ id: 'r', category: 'detect', points: 1, when: { event: 'drill.end' }, feedback: { met: 'y', missed: 'n' } }],
});

/** A world advanced tick by tick to `until` (sim ms), as the drill advances it. */
function worldAt(until: number, world: World = createWorld(doc, 7), from = 0): World {
  for (let t = from; t <= until; t += 1000) tickWorld(world, simMillis(t));
  return world;
}

function run(world: World, now: number, line: string) {
  return runCommandLine(line, { world, now: simMillis(now) });
}

const lines = (text: string) => text.split('\n');
/** The ReplicaSet hash in a pod name `<deployment>-<hash>-<suffix>`. */
const templateHash = (pod: string) => pod.split('-').at(-2);

describe('kubectl get pods', () => {
  it("prints kubectl's columns and one row per pod of the namespace", () => {
    const world = worldAt(30_000);
    const result = run(world, 30_000, 'kubectl get pods -n shop');
    expect(result.exitCode).toBe(0);
    const [header, ...rows] = lines(result.output);
    expect(header).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatch(/^checkout-[a-z0-9]+-[a-z0-9]{5} +1\/1 +Running +0 +24h$/);
      // Columns line up under their headers, as kubectl's tabwriter lays them out.
      expect(row.indexOf('1/1')).toBe(header!.indexOf('READY'));
      expect(row.indexOf('Running')).toBe(header!.indexOf('STATUS'));
    }
  });

  it('accepts the pod/po aliases and --namespace=', () => {
    const world = worldAt(0);
    const expected = run(world, 0, 'kubectl get pods -n shop').output;
    expect(run(world, 0, 'kubectl get po --namespace=shop').output).toBe(expected);
    expect(run(world, 0, 'kubectl get pod --namespace shop').output).toBe(expected);
  });

  it('adds a NAMESPACE column with -A and lists every namespace', () => {
    const result = run(worldAt(0), 0, 'kubectl get pods -A');
    const [header, ...rows] = lines(result.output);
    expect(header).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(rows.map((r) => r.split(/ +/)[0]).sort()).toEqual(['catalog', 'catalog', 'shop', 'shop', 'shop']);
  });

  it('says so when the namespace has no pods', () => {
    expect(run(worldAt(0), 0, 'kubectl get pods')).toEqual({ output: 'No resources found in default namespace.', exitCode: 0 });
  });

  it('shows a new template hash after a bad deploy, and the old one again after a rollback', () => {
    const hashes = (world: World, now: number) => new Set(lines(run(world, now, 'kubectl get pods -n shop').output).slice(1).map((r) => templateHash(r.split(' ')[0]!)));
    const world = worldAt(30_000);
    const original = hashes(world, 30_000);
    expect(original.size).toBe(1);

    worldAt(120_000, world, 31_000); // the fault's rollout (1m, over 30s) has finished
    const faulty = hashes(world, 120_000);
    expect(faulty.size).toBe(1);
    expect(faulty).not.toEqual(original);

    expect(run(world, 120_000, 'kubectl rollout undo deployment/checkout -n shop')).toEqual({ output: 'deployment.apps/checkout rolled back', exitCode: 0 });
    worldAt(200_000, world, 121_000);
    expect(hashes(world, 200_000)).toEqual(original);
    const rows = lines(run(world, 200_000, 'kubectl get pods -n shop').output).slice(1);
    expect(rows.every((r) => / +Running +0 +[0-9]+s$/.test(r))).toBe(true);
  });
});

describe('kubectl rollout', () => {
  it('lists revisions and reports rollout progress', () => {
    const world = worldAt(60_000);
    expect(lines(run(world, 60_000, 'kubectl rollout history deployment/checkout -n shop').output).slice(1)).toEqual([
      expect.stringMatching(/^REVISION +CHANGE-CAUSE$/),
      expect.stringMatching(/^1 +image checkout:v2\.3\.0$/),
      expect.stringMatching(/^2 +image checkout:v2\.4\.0$/),
    ]);
    expect(run(world, 60_000, 'kubectl rollout status deploy/checkout -n shop').output).toBe(
      'Waiting for deployment "checkout" rollout to finish: 1 of 3 updated replicas are available...',
    );
    worldAt(120_000, world, 61_000);
    expect(run(world, 120_000, 'kubectl rollout status deployment/checkout -n shop').output).toBe('deployment "checkout" successfully rolled out');
  });

  it.each([
    ['kubectl rollout undo deployment/checkout', 1, 'Error from server (NotFound): deployments.apps "checkout" not found'],
    ['kubectl rollout undo deployment/search -n catalog', 1, 'error: no rollout history found'],
    ['kubectl get services', 1, 'error: the server doesn\'t have a resource type "services"'],
    ['kubectl get pods -n', 1, "error: flag needs an argument: 'n' in -n"],
    ['kubectl get pods --watch', 1, 'error: unknown flag: --watch'],
  ])('%s → exit %d', (line, exitCode, output) => {
    expect(run(worldAt(0), 0, line)).toEqual({ output, exitCode });
  });
});
