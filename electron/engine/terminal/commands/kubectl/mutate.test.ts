import { describe, expect, it } from 'vitest';
import { kubectlDrill, lines } from './test-drill';

describe('kubectl top', () => {
  it("prints pods' CPU in millicores and memory in Mi from their usage", () => {
    const d = kubectlDrill();
    d.until(10_000);
    const [header, ...rows] = lines(d.run('kubectl top pods -n shop').output);
    expect(header).toMatch(/^NAME +CPU\(cores\) +MEMORY\(bytes\)$/);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [name, cpu, memory] = row.split(/ +/);
      const pod = d.context.world.services.get('checkout')!.instances.find((i) => i.name === name)!;
      expect(cpu).toBe(`${Math.max(1, Math.round(pod.cpuUtilisation * 1000))}m`);
      expect(memory).toBe(`${Math.round(pod.rssBytes / 1024 / 1024)}Mi`);
    }
  });

  it('prints nodes with CPU% and MEMORY%, and sorts by memory on request', () => {
    const d = kubectlDrill();
    d.until(10_000);
    const [header, ...rows] = lines(d.run('kubectl top nodes').output);
    expect(header).toMatch(/^NAME +CPU\(cores\) +CPU% +MEMORY\(bytes\) +MEMORY%$/);
    expect(rows.map((r) => r.split(/ +/)[0])).toEqual(['node-a', 'node-b']);
    expect(rows.every((r) => /^node-[ab] +\d+m +\d+% +\d+Mi +\d+%$/.test(r))).toBe(true);
    const sorted = lines(d.run('kubectl top pods -A --sort-by=memory').output).slice(1).map((r) => Number(/(\d+)Mi$/.exec(r)![1]));
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it.each([
    ['kubectl top services', 'error: unknown command "services" for "kubectl top"\nAvailable Commands: node, pod'],
    ['kubectl top pod nope -n shop', 'Error from server (NotFound): podmetrics.metrics.k8s.io "shop/nope" not found'],
    ['kubectl top pods --sort-by=age', 'error: --sort-by accepts only cpu or memory'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });
});

describe('kubectl scale', () => {
  it.each([
    ['kubectl scale deployment/search --replicas=4 -n catalog', 0, 'deployment.apps/search scaled', 4],
    ['kubectl scale deploy search --replicas=1 -n catalog', 0, 'deployment.apps/search scaled', 1],
    ['kubectl scale deployment/search --replicas=x -n catalog', 1, 'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax', 2],
    ['kubectl scale deployment/search --replicas=-1 -n catalog', 1, 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0', 2],
    ['kubectl scale deployment/search --replicas=3', 1, 'Error from server (NotFound): deployments.apps "search" not found', 2],
  ])('%s → exit %d', (line, exitCode, output, desired) => {
    const d = kubectlDrill();
    expect(d.run(line)).toEqual({ output, exitCode });
    expect(d.context.world.services.get('search')!.desiredReplicas).toBe(desired);
  });
});

describe('kubectl delete pod', () => {
  it('asks first, as kubectl delete --interactive does, and changes nothing until answered', () => {
    const d = kubectlDrill();
    const pod = d.pods('search')[0]!;
    const asked = d.kubectl(`delete pod ${pod} -n catalog`);
    expect(asked).toEqual({ stdout: '', stderr: '', exitCode: 0, confirm: `You are about to delete the following 1 resource(s):\npod/${pod}\nDo you want to continue? (y/n): ` });
    expect(d.context.world.services.get('search')!.rollout).toBeUndefined();
  });

  it('on "n" prints nothing, exits 0 and leaves the pod', () => {
    const d = kubectlDrill();
    const pod = d.pods('search')[0]!;
    expect(d.kubectl(`delete pod ${pod} -n catalog`, { confirmed: false })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    d.until(30_000);
    expect(d.pods('search')).toContain(pod);
  });

  it('on "y" deletes through the restart operation: the pod goes and its ReplicaSet replaces it', () => {
    const d = kubectlDrill();
    const pod = d.pods('search')[0]!;
    expect(d.kubectl(`delete pod ${pod} -n catalog`, { confirmed: true })).toEqual({ stdout: `pod "${pod}" deleted`, stderr: '', exitCode: 0 });
    d.until(60_000);
    expect(d.pods('search')).not.toContain(pod);
    expect(d.pods('search')).toHaveLength(2);
  });

  it('prints the force warning with --force', () => {
    const d = kubectlDrill();
    const pod = d.pods('search')[0]!;
    const result = d.kubectl(`delete pod ${pod} -n catalog --force --grace-period=0`, { confirmed: true });
    expect(result.stdout).toBe(`pod "${pod}" force deleted`);
    expect(result.stderr).toMatch(/^Warning: Immediate deletion does not wait for confirmation/);
  });

  it.each([
    ['kubectl delete pod nope -n catalog', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl delete pod', 'error: resource(s) were provided, but no name was specified'],
    ['kubectl delete deployment search -n catalog', 'Error from server (Forbidden): deployments.apps "search" is forbidden: User "oncall" cannot delete resource "deployments" in API group "apps" in the namespace "catalog"'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });
});

describe('kubectl cordon, uncordon and drain', () => {
  it('cordons and uncordons through the operations; get nodes shows SchedulingDisabled', () => {
    const d = kubectlDrill();
    expect(d.run('kubectl cordon node-b')).toEqual({ output: 'node/node-b cordoned', exitCode: 0 });
    expect(lines(d.run('kubectl get nodes').output)[2]).toMatch(/^node-b +Ready,SchedulingDisabled +<none> /);
    expect(d.run('kubectl cordon node-b')).toEqual({ output: 'node/node-b already cordoned', exitCode: 0 });
    expect(d.run('kubectl uncordon node-b')).toEqual({ output: 'node/node-b uncordoned', exitCode: 0 });
    expect(lines(d.run('kubectl get nodes').output)[2]).toMatch(/^node-b +Ready +<none> /);
  });

  it('drains a node: evicting lines, drained, and the pods come back on the other node; the event log shows it', () => {
    const d = kubectlDrill();
    const onB = d.context.world.services.get('checkout')!.instances.filter((i) => i.host === 'node-b').length + d.context.world.services.get('search')!.instances.filter((i) => i.host === 'node-b').length;
    const out = lines(d.run('kubectl drain node-b --ignore-daemonsets --delete-emptydir-data').output);
    expect(out[0]).toBe('node/node-b cordoned');
    expect(out.filter((l) => /^evicting pod (shop|catalog)\/\S+$/.test(l))).toHaveLength(onB);
    expect(out.filter((l) => /^pod\/\S+ evicted$/.test(l))).toHaveLength(onB);
    expect(out.at(-1)).toBe('node/node-b drained');
    d.until(30_000);
    const wide = lines(d.run('kubectl get pods -A -o wide').output).slice(1);
    expect(wide).toHaveLength(5);
    expect(wide.every((r) => / node-a /.test(r))).toBe(true);
    expect(d.run('kubectl get events').output).toMatch(/Normal +NodeNotSchedulable +node\/node-b +Node node-b status is now: NodeNotSchedulable/);
  });

  it.each([
    ['kubectl drain node-z', 'Error from server (NotFound): nodes "node-z" not found'],
    ['kubectl cordon', "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples"],
    ['kubectl cordon node-a --ignore-daemonsets', 'error: unknown flag: --ignore-daemonsets'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });
});
