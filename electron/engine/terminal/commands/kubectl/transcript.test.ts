import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../../sim/outputs/ecs';
import { kubectlDrill, lines } from './test-drill';

/**
 * A bad deploy, diagnosed and mitigated from the terminal alone: the learner sees fresh pods, finds the new
 * image and its errors, reads the rollout history, rolls back, and follows the rollout until it is done.
 */
describe('transcript: a bad deploy of checkout', () => {
  it('is diagnosed with get, describe, logs and rollout history, and mitigated with rollout undo', () => {
    const d = kubectlDrill();
    d.until(180_000);

    // 1. The pods: all three are new (young, another template hash) and Running.
    const pods = lines(d.run('kubectl get pods -n shop').output).slice(1);
    expect(pods).toHaveLength(3);
    expect(pods.every((r) => / 1\/1 +Running +0 +(\d+s|\dm\d*s?)$/.test(r))).toBe(true);
    const pod = pods[0]!.split(' ')[0]!;

    // 2. describe: the image is the new release.
    const described = d.run(`kubectl describe pod ${pod} -n shop`);
    expect(described.output).toContain('    Image:          registry.example/checkout:v2.4.0');

    // 3. logs: the new version fails requests with a stack trace.
    const recent = lines(d.run(`kubectl logs ${pod} -n shop --since=1m`).output).map((l) => JSON.parse(l) as EcsEvent);
    const errors = recent.filter((e) => e['log.level'] === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!['service.version']).toBe('v2.4.0');
    expect(errors[0]!['error.type']).toBe('java.lang.IllegalStateException');

    // 4. history: a routine release went out two minutes ago, after the known-good one.
    expect(lines(d.run('kubectl rollout history deployment/checkout -n shop').output).slice(2)).toEqual([
      expect.stringMatching(/^1 +release v2\.3\.0 \(ci-bot\)$/),
      expect.stringMatching(/^2 +routine release \(deploy-bot\)$/),
    ]);

    // 5. Mitigate: roll back, then follow the rollout until it is done.
    expect(d.run('kubectl rollout undo deployment/checkout -n shop')).toEqual({ output: 'deployment.apps/checkout rolled back', exitCode: 0 });
    const status = d.kubectl('rollout status deployment/checkout -n shop');
    expect(status.stdout).toBe('Waiting for deployment "checkout" rollout to finish: 0 of 3 updated replicas are available...');
    const streamed: string[] = [];
    let done = false;
    for (let t = 181_000; t <= 300_000 && !done; t += 1_000) {
      d.until(t);
      const chunk = status.follow!.next(d.context);
      streamed.push(chunk.text);
      done = chunk.done;
      if (done) expect(chunk.exitCode).toBe(0);
    }
    expect(streamed.join('')).toBe(
      [
        'Waiting for deployment "checkout" rollout to finish: 1 of 3 updated replicas are available...',
        'Waiting for deployment "checkout" rollout to finish: 2 of 3 updated replicas are available...',
        'deployment "checkout" successfully rolled out',
        '',
      ].join('\n'),
    );

    // 6. The fleet runs the good version again, and its pods log no errors.
    const image = d.run('kubectl get deploy checkout -n shop -o wide').output;
    expect(image).toContain('registry.example/checkout:v2.3.0');
    d.until(d.context.now + 30_000);
    const after = lines(d.run('kubectl get pods -n shop').output).slice(1).map((r) => r.split(' ')[0]!);
    expect(after).toHaveLength(3);
    for (const p of after) {
      const since = lines(d.run(`kubectl logs ${p} -n shop --since=20s`).output).map((l) => JSON.parse(l) as EcsEvent);
      expect(since.every((e) => e['service.version'] === 'v2.3.0')).toBe(true);
    }
    expect(lines(d.run('kubectl rollout history deploy/checkout -n shop').output).at(-1)).toMatch(/^3 +rollback to v2\.3\.0 \(you\)$/);
  });
});
