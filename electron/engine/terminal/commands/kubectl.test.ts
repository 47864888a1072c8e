import { describe, expect, it } from 'vitest';
import { testCommandContext } from '../../testing/command-context';
import { runCommandLine } from '../shell';

/** Two namespaces; checkout gets a bad release at 1m. */
const overrides = {
  world: {
    hosts: [{ name: 'node-a', cpus: 8, memory_gb: 32 }],
    services: [
      { name: 'checkout', namespace: 'shop', replicas: 3, version: 'v2.3.0', traffic: { rps: 100 }, latency_ms: 50 },
      { name: 'search', namespace: 'catalog', replicas: 2, version: 'v1', traffic: { rps: 50 }, latency_ms: 50 },
    ],
  },
  faults: [{ id: 'bad', kind: 'bad-deploy', target: 'checkout', trigger: { at: '1m' }, params: { version: 'v2.4.0', error_ratio: 0.3 } }],
};

function drill() {
  const context = testCommandContext(overrides, 7);
  return {
    context,
    run: (line: string) => runCommandLine(line, context),
    until(t: number) {
      for (let s = context.world.now + 1000; s <= t; s += 1000) context.sim.tick(s as never);
    },
  };
}

const lines = (text: string) => text.split('\n');
/** The pod-template hash in a pod name `<deployment>-<hash>-<suffix>`. */
const templateHash = (pod: string) => pod.split('-').at(-2);

describe('kubectl get pods', () => {
  it("prints kubectl's columns and one row per pod of the namespace", () => {
    const d = drill();
    d.until(30_000);
    const result = d.run('kubectl get pods -n shop');
    expect(result.exitCode).toBe(0);
    const [header, ...rows] = lines(result.output);
    expect(header).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatch(/^checkout-[b-z2-9]{10}-[b-z2-9]{5} +1\/1 +Running +0 +\S+$/);
      expect(row.indexOf('1/1')).toBe(header!.indexOf('READY'));
      expect(row.indexOf('Running')).toBe(header!.indexOf('STATUS'));
    }
  });

  it('accepts the pod/po aliases and --namespace=', () => {
    const d = drill();
    const expected = d.run('kubectl get pods -n shop').output;
    expect(d.run('kubectl get po --namespace=shop').output).toBe(expected);
    expect(d.run('kubectl get pod --namespace shop').output).toBe(expected);
  });

  it('adds a NAMESPACE column with -A and lists every namespace', () => {
    const [header, ...rows] = lines(drill().run('kubectl get pods -A').output);
    expect(header).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(rows.map((r) => r.split(/ +/)[0]).sort()).toEqual(['catalog', 'catalog', 'shop', 'shop', 'shop']);
  });

  it('says so when the namespace has no pods', () => {
    expect(drill().run('kubectl get pods')).toEqual({ output: 'No resources found in default namespace.', exitCode: 0 });
  });

  it('shows a new template hash after a bad deploy, and the old one again after a rollback', () => {
    const d = drill();
    const hashes = () => new Set(lines(d.run('kubectl get pods -n shop').output).slice(1).map((r) => templateHash(r.split(' ')[0]!)));
    const original = hashes();
    expect(original.size).toBe(1);
    d.until(180_000);
    const faulty = hashes();
    expect(faulty.size).toBe(1);
    expect(faulty).not.toEqual(original);
    expect(d.run('kubectl rollout undo deployment/checkout -n shop')).toEqual({ output: 'deployment.apps/checkout rolled back', exitCode: 0 });
    d.until(300_000);
    expect(hashes()).toEqual(original);
  });
});

describe('kubectl rollout and scale', () => {
  it('lists revisions and reports rollout progress', () => {
    const d = drill();
    d.until(65_000);
    const history = lines(d.run('kubectl rollout history deployment/checkout -n shop').output).slice(1);
    expect(history[0]).toMatch(/^REVISION +CHANGE-CAUSE$/);
    expect(history).toHaveLength(3);
    expect(d.run('kubectl rollout status deploy/checkout -n shop').output).toMatch(/^Waiting for deployment "checkout" rollout to finish: \d of 3 updated replicas are available\.\.\.$/);
    d.until(180_000);
    expect(d.run('kubectl rollout status deployment/checkout -n shop').output).toBe('deployment "checkout" successfully rolled out');
  });

  it('scales a deployment: new pods appear and become ready', () => {
    const d = drill();
    expect(d.run('kubectl scale deployment/search --replicas=4 -n catalog')).toEqual({ output: 'deployment.apps/search scaled', exitCode: 0 });
    d.until(30_000);
    const rows = lines(d.run('kubectl get pods -n catalog').output).slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => / 1\/1 +Running /.test(r))).toBe(true);
  });

  it.each([
    ['kubectl rollout undo deployment/checkout', 1, 'Error from server (NotFound): deployments.apps "checkout" not found'],
    ['kubectl get services', 1, 'error: the server doesn\'t have a resource type "services"'],
    ['kubectl get pods -n', 1, "error: flag needs an argument: 'n' in -n"],
    ['kubectl get pods --watch', 1, 'error: unknown flag: --watch'],
    ['kubectl scale deployment/search -n catalog', 1, 'error: required flag(s) "replicas" not set'],
  ])('%s → exit %d', (line, exitCode, output) => {
    expect(drill().run(line)).toEqual({ output, exitCode });
  });
});
