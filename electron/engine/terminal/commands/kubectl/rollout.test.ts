import { describe, expect, it } from 'vitest';
import { kubectlDrill, lines } from './test-drill';

const WAITING = /^Waiting for deployment "checkout" rollout to finish: (\d) of 3 updated replicas are available\.\.\.$/;

describe('kubectl rollout status', () => {
  it('follows a rollout in progress: a line each time it moves, then the success line, done with exit 0', () => {
    const d = kubectlDrill();
    d.until(62_000);
    const result = d.kubectl('rollout status deployment/checkout -n shop');
    expect(result.stdout).toMatch(WAITING);
    const printed = [result.stdout];
    let end: { text: string; done: boolean; exitCode?: number } | undefined;
    for (let t = 63_000; t <= 180_000 && !end; t += 1_000) {
      d.until(t);
      const chunk = result.follow!.next(d.context);
      if (chunk.text !== '') printed.push(chunk.text.trimEnd());
      if (chunk.done) end = chunk;
    }
    expect(end).toEqual({ text: 'deployment "checkout" successfully rolled out\n', done: true, exitCode: 0 });
    const counts = printed.slice(0, -1).map((l) => Number(WAITING.exec(l)![1]));
    expect(counts).toEqual([0, 1, 2]);
  });

  it('prints once and returns with --watch=false, and at once when nothing is rolling out', () => {
    const d = kubectlDrill();
    expect(d.kubectl('rollout status deploy/checkout -n shop')).toEqual({ stdout: 'deployment "checkout" successfully rolled out', stderr: '', exitCode: 0 });
    d.until(62_000);
    const once = d.kubectl('rollout status deploy/checkout -n shop --watch=false');
    expect(once.stdout).toMatch(WAITING);
    expect(once.follow).toBeUndefined();
  });
});

describe('kubectl rollout history, undo and restart', () => {
  it('shows one revision in detail with --revision', () => {
    const d = kubectlDrill();
    d.until(61_000);
    const text = lines(d.run('kubectl rollout history deployment/checkout -n shop --revision=2').output);
    expect(text[0]).toBe('deployment.apps/checkout with revision #2');
    expect(text).toContain('Pod Template:');
    expect(text).toContain('    Image:  registry.example/checkout:v2.4.0');
  });

  it('rolls back through the rollback operation, and to an older revision by deploying its version', () => {
    const d = kubectlDrill();
    d.until(61_000);
    expect(d.run('kubectl rollout undo deployment/checkout -n shop --to-revision=1')).toEqual({ output: 'deployment.apps/checkout rolled back', exitCode: 0 });
    expect(d.context.world.services.get('checkout')!.rollout?.toVersion).toBe('v2.3.0');
    expect(d.run('kubectl rollout undo deployment/checkout -n shop --to-revision=9')).toEqual({ output: 'error: unable to find specified revision 9 in history', exitCode: 1 });
  });

  it('restarts a deployment: a rollout of the same version replaces every pod', () => {
    const d = kubectlDrill();
    const before = d.pods('search');
    expect(d.run('kubectl rollout restart deploy/search -n catalog')).toEqual({ output: 'deployment.apps/search restarted', exitCode: 0 });
    d.until(60_000);
    const after = d.pods('search');
    expect(after).toHaveLength(2);
    expect(after.filter((p) => before.includes(p))).toEqual([]);
  });

  it.each([
    ['kubectl rollout pause deployment/checkout -n shop', 'error: unknown command "pause" for "kubectl rollout"\nAvailable Commands: history, restart, status, undo'],
    ['kubectl rollout status -n shop', 'error: required resource not specified (e.g. deployment/checkout)'],
    ['kubectl rollout status deployment/nope -n shop', 'Error from server (NotFound): deployments.apps "nope" not found'],
    ['kubectl rollout history deployment/checkout -n shop --revision=x', 'error: invalid argument "x" for "--revision" flag: strconv.ParseInt: parsing "x": invalid syntax'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });
});
