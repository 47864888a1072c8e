import { describe, expect, it } from 'vitest';
import { CRASH_LOOP, OOM_LEAK, kubectlDrill, lines } from './test-drill';

/** The describe sections in order, as kubectl prints them (top-level labels only). */
const sections = (text: string) => lines(text).filter((l) => /^[A-Z][A-Za-z -]+:/.test(l)).map((l) => l.split(':')[0]);

describe('kubectl describe pod', () => {
  it("prints kubectl's sections, aligned by tabwriter, ending with the pod's events", () => {
    const d = kubectlDrill();
    d.until(120_000);
    const pod = d.pods('checkout').find((p) => d.context.world.services.get('checkout')!.instances.find((i) => i.name === p)!.version === 'v2.4.0')!;
    const out = d.run(`kubectl describe pod ${pod} -n shop`);
    expect(out.exitCode).toBe(0);
    expect(sections(out.output)).toEqual(['Name', 'Namespace', 'Priority', 'Service Account', 'Node', 'Start Time', 'Labels', 'Annotations', 'Status', 'IP', 'IPs', 'Controlled By', 'Containers', 'Conditions', 'Volumes', 'QoS Class', 'Node-Selectors', 'Tolerations', 'Events']);
    const text = lines(out.output);
    expect(text[0]).toBe(`Name:             ${pod}`);
    expect(text).toContain('    Image:          registry.example/checkout:v2.4.0');
    expect(text).toContain('    State:          Running');
    expect(text).toContain('    Restart Count:  0');
    expect(text).toContain('      memory:  1Gi');
    expect(text.slice(-6, -4)).toEqual(['  Type    Reason     Age   From               Message', '  ----    ------     ----  ----               -------']);
    expect(text.at(-1)).toMatch(/^ {2}Normal {2}Started {4}\d+s +kubelet {12}Started container checkout$/);
  });

  it('shows an OOM-killed container: Last State Terminated, Reason OOMKilled, exit code 137, restarts counted', () => {
    const d = kubectlDrill(OOM_LEAK);
    d.until(60_000);
    const pod = [...d.context.world.services.get('checkout')!.instances].sort((a, b) => b.restarts - a.restarts)[0]!;
    const text = lines(d.run(`kubectl describe po ${pod.name} -n shop`).output);
    expect(text).toContain('    Last State:     Terminated');
    expect(text).toContain('      Reason:       OOMKilled');
    expect(text).toContain('      Exit Code:    137');
    expect(text).toContain(`    Restart Count:  ${pod.restarts}`);
  });

  it('shows a crash loop: Waiting in CrashLoopBackOff, last exit Error, and the BackOff warning counted', () => {
    const d = kubectlDrill(CRASH_LOOP);
    d.until(200_000);
    const pod = d.context.world.services.get('checkout')!.instances.find((i) => i.version === 'v3')!;
    const text = lines(d.run(`kubectl describe pod ${pod.name} -n shop`).output);
    expect(text).toContain('    State:          Waiting');
    expect(text).toContain('      Reason:       CrashLoopBackOff');
    expect(text).toContain('      Reason:       Error');
    expect(text.at(-1)).toMatch(new RegExp(`^  Warning  BackOff    \\d+s \\(x\\d+ over \\d+m\\d*s?\\)  kubelet            Back-off restarting failed container checkout in pod ${pod.name}_shop$`));
  });

  it('matches by name prefix, as kubectl does, and describes every pod of a selector', () => {
    const d = kubectlDrill();
    expect(lines(d.run('kubectl describe pods search -n catalog').output).filter((l) => l.startsWith('Name:'))).toHaveLength(2);
    expect(lines(d.run('kubectl describe pods -n catalog -l app=search').output).filter((l) => l.startsWith('Name:'))).toHaveLength(2);
  });
});

describe('kubectl describe deployment and node', () => {
  it('shows a rollout in progress: replica counts, Progressing ReplicaSetUpdated, old and new ReplicaSets, ScalingReplicaSet', () => {
    const d = kubectlDrill();
    d.until(70_000);
    const text = lines(d.run('kubectl describe deployment checkout -n shop').output);
    expect(text).toContain('Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable');
    expect(text).toContain('Annotations:            deployment.kubernetes.io/revision: 2');
    expect(text).toContain('    Image:      registry.example/checkout:v2.4.0');
    expect(text).toContain('  Progressing    True    ReplicaSetUpdated');
    expect(text.find((l) => l.startsWith('OldReplicaSets:'))).toMatch(/^OldReplicaSets: {2}checkout-[b-z2-9]{10} \(3\/3 replicas created\)$/);
    expect(text.at(-1)).toMatch(/^ {2}Normal {2}ScalingReplicaSet {2}10s {3}deployment-controller {2}Scaled up replica set checkout-[b-z2-9]{10} to 1$/);
  });

  it('shows a cordoned node as unschedulable with its taint and pods', () => {
    const d = kubectlDrill();
    d.run('kubectl cordon node-a');
    const text = lines(d.run('kubectl describe node node-a').output);
    expect(text).toContain('Taints:             node.kubernetes.io/unschedulable:NoSchedule');
    expect(text).toContain('Unschedulable:      true');
    expect(text.find((l) => l.startsWith('Non-terminated Pods:'))).toMatch(/\(\d+ in total\)$/);
    expect(text.some((l) => /^ {2}Ready +True .* KubeletReady +kubelet is posting ready status$/.test(l))).toBe(true);
  });

  it('shows a service with the endpoints of its ready pods, and none while no pod is ready', () => {
    const d = kubectlDrill(CRASH_LOOP);
    const text = lines(d.run('kubectl describe svc checkout -n shop').output);
    expect(text).toContain('Type:              ClusterIP');
    expect(text.find((l) => l.startsWith('Endpoints:'))).toMatch(/^Endpoints: {9}10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080$/);
    for (const pod of d.context.world.services.get('checkout')!.instances) pod.ready = false;
    expect(lines(d.run('kubectl describe service checkout -n shop').output)).toContain('Endpoints:         <none>');
  });

  it.each([
    ['kubectl describe pod nope -n shop', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl describe deploy nope', 'Error from server (NotFound): deployments.apps "nope" not found'],
    ['kubectl describe events', 'error: describing events is not supported here (try pods, deployments, services or nodes)'],
    ['kubectl describe widgets', 'error: the server doesn\'t have a resource type "widgets"'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });
});
