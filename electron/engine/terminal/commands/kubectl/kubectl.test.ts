import { describe, expect, it } from 'vitest';
import { kubectlDrill as drill, lines } from './test-drill';

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
    ['kubectl get secrets', 1, 'error: the server doesn\'t have a resource type "secrets"'],
    ['kubectl get pods -n', 1, "error: flag needs an argument: 'n' in -n"],
    ['kubectl get pods --output-watch', 1, 'error: unknown flag: --output-watch'],
    ['kubectl scale deployment/search -n catalog', 1, 'error: required flag(s) "replicas" not set'],
  ])('%s → exit %d', (line, exitCode, output) => {
    expect(drill().run(line)).toEqual({ output, exitCode });
  });
});

describe('kubectl itself', () => {
  it('prints its commands, from the subcommand table, alone or with --help', () => {
    const help = drill().run('kubectl');
    expect(help.exitCode).toBe(0);
    expect(lines(help.output).filter((l) => /^ {2}[a-z]+ +[A-Z]/.test(l)).map((l) => l.trim().split(' ')[0])).toEqual(['get', 'describe', 'logs', 'rollout', 'scale', 'top', 'delete', 'cordon', 'uncordon', 'drain', 'set', 'annotate', 'create']);
    expect(drill().run('kubectl get pods -h')).toEqual(help);
  });

  it('refuses an unknown subcommand as cobra does', () => {
    const unknown = { output: 'error: unknown command "apply" for "kubectl"\nRun \'kubectl --help\' for usage.', exitCode: 1 };
    expect(drill().run('kubectl apply')).toEqual(unknown);
    expect(drill().run('kubectl apply -f x.yaml')).toEqual(unknown);
  });
});
