import { describe, expect, it } from 'vitest';
import { CRASH_LOOP, OOM_LEAK, kubectlDrill, lines } from './test-drill';

/** A kubectl get line at a sim time (seconds), its exit status and a pattern per output line. */
type Case = [line: string, at: number, exitCode: number, expected: RegExp[]];

const POD = '[b-z2-9]{10}-[b-z2-9]{5}';

const CASES: Case[] = [
  ['kubectl get deployments -n shop', 0, 0, [/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE$/, /^checkout +3\/3 +3 +3 +3d$/]],
  ['kubectl get deploy -A -o wide', 0, 0, [/^NAMESPACE +NAME +READY +UP-TO-DATE +AVAILABLE +AGE +CONTAINERS +IMAGES +SELECTOR$/, /^catalog +search +2\/2 .* search +registry\.example\/search:v1 +app=search$/, /^shop +checkout +3\/3 .* registry\.example\/checkout:v2\.3\.0 +app=checkout$/]],
  ['kubectl get deploy -n shop', 70, 0, [/^NAME/, /^checkout +3\/3 +1 +3 +3d$/]],
  ['kubectl get svc -n shop', 0, 0, [/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE$/, /^checkout +ClusterIP +10\.\d+\.\d+\.\d+ +<none> +80\/TCP +3d$/]],
  ['kubectl get services', 0, 0, [/^NAME/, /^kubernetes +ClusterIP +10\.96\.0\.1 +<none> +443\/TCP +\d+d$/]],
  ['kubectl get nodes', 0, 0, [/^NAME +STATUS +ROLES +AGE +VERSION$/, /^node-a +Ready +<none> +\d+d +v1\.29\.4$/, /^node-b +Ready +<none> +\d+d +v1\.29\.4$/]],
  ['kubectl get no -o wide', 0, 0, [/^NAME +STATUS +ROLES +AGE +VERSION +INTERNAL-IP +EXTERNAL-IP +OS-IMAGE +KERNEL-VERSION +CONTAINER-RUNTIME$/, /^node-a .* 10\.\d+\.\d+\.\d+ +<none> +Ubuntu 22\.04\.4 LTS +5\.15\.0-1057-aws +containerd:\/\/1\.7\.13$/, /^node-b /]],
  ['kubectl get pods -n shop -o wide', 0, 0, [/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES$/, ...Array<RegExp>(3).fill(new RegExp(`^checkout-${POD} +1/1 +Running +0 +3d +10\\.244\\.\\d+\\.\\d+ +node-[ab] +<none> +<none>$`))]],
  ['kubectl get pods -A -l app=search -o name', 0, 0, [new RegExp(`^pod/search-${POD}$`), new RegExp(`^pod/search-${POD}$`)]],
  ['kubectl get pods -n shop -l app=search', 0, 0, [/^No resources found in shop namespace\.$/]],
  ['kubectl get pods -n shop -l app!=checkout,tier', 0, 0, [/^No resources found in shop namespace\.$/]],
  [
    'kubectl get events -n shop',
    61,
    0,
    [
      /^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/,
      /^1s +Normal +ScalingReplicaSet +deployment\/checkout +Scaled up replica set checkout-[b-z2-9]{10} to 1$/,
      new RegExp(`^1s +Normal +Scheduled +pod/checkout-${POD} +Successfully assigned shop/checkout-${POD} to node-[ab]$`),
      /^1s +Normal +SuccessfulCreate +replicaset\/checkout-[b-z2-9]{10} +Created pod: checkout-/,
    ],
  ],
  ['kubectl get ev -A', 0, 0, [/^No resources found$/]],
  ['kubectl get deployment/checkout -n shop -o name', 0, 0, [/^deployment\.apps\/checkout$/]],
  ['kubectl get pods nope -n shop', 0, 1, [/^Error from server \(NotFound\): pods "nope" not found$/]],
  ['kubectl get deploy nope', 0, 1, [/^Error from server \(NotFound\): deployments\.apps "nope" not found$/]],
  ['kubectl get nodes node-z', 0, 1, [/^Error from server \(NotFound\): nodes "node-z" not found$/]],
  ['kubectl get secrets', 0, 1, [/^error: the server doesn't have a resource type "secrets"$/]],
  ['kubectl get pods -o table', 0, 1, [/^error: unable to match a printer suitable for the output format "table", allowed formats are: .*wide,yaml$/]],
  ['kubectl get pods -l =x', 0, 1, [/^error: unable to parse requirement/]],
  ['kubectl get', 0, 1, [/^You must specify the type of resource to get\./, /^$/, /^error: Required resource not specified\.$/, /^Use "kubectl explain/, /^See 'kubectl get -h'/]],
];

describe('kubectl get', () => {
  it.each(CASES)('%s (at %ds) → exit %d', (line, at, exitCode, expected) => {
    const d = kubectlDrill();
    d.until(at * 1000);
    const result = d.run(line);
    const got = lines(result.output);
    expect(got.length, result.output).toBe(expected.length);
    got.forEach((text, i) => expect(text).toMatch(expected[i]!));
    expect(result.exitCode).toBe(exitCode);
  });

  it('shows the surge pod of a rollout as ContainerCreating beside the old ones', () => {
    const d = kubectlDrill();
    d.until(65_000);
    const rows = lines(d.run('kubectl get pods -n shop').output).slice(1);
    expect(rows.filter((r) => new RegExp(`^checkout-${POD} +0/1 +ContainerCreating +0 +5s$`).test(r))).toHaveLength(1);
    expect(rows.filter((r) => / 1\/1 +Running +0 +3d$/.test(r))).toHaveLength(3);
  });

  it('shows a crash-looping pod: its restarts with "(… ago)", and OOMKilled while the container restarts', () => {
    const d = kubectlDrill(OOM_LEAK);
    d.until(200_000);
    const rows = lines(d.run('kubectl get pods -n shop').output).slice(1);
    expect(rows.some((r) => /^checkout-\S+ +[01]\/1 +(Running|OOMKilled|CrashLoopBackOff) +[1-9]\d* \(\S+ ago\) +\S+$/.test(r))).toBe(true);
  });

  it('counts restarts from the last termination, as lastState.terminated.finishedAt does', () => {
    const d = kubectlDrill(CRASH_LOOP);
    d.until(200_000);
    const row = lines(d.run('kubectl get pods -n shop').output).find((r) => / CrashLoopBackOff /.test(r))!;
    expect(row).toMatch(/ 0\/1 +CrashLoopBackOff +[1-9] \((\d|[1-9]\d|1[01]\d)s ago\) +3m20s$/);
  });

  it('watches with -w: the table, then a row under it each time a pod changes, never ending by itself', () => {
    const d = kubectlDrill();
    d.until(59_000);
    const result = d.kubectl('get pods -n shop -w');
    const [header] = lines(result.stdout);
    expect(lines(result.stdout)).toHaveLength(4);
    const rows: string[] = [];
    for (let t = 60_000; t <= 80_000; t += 1_000) {
      d.until(t);
      const chunk = result.follow!.next(d.context);
      expect(chunk.done).toBe(false);
      rows.push(...lines(chunk.text).filter((l) => l !== ''));
    }
    // A surge pod appears; then, in one tick, it is ready, an old pod terminates and the next surge pod appears.
    const changes = rows.map((r) => r.split(/ +/).slice(1, 3).join(' '));
    expect(changes[0]).toBe('0/1 ContainerCreating');
    expect(changes.slice(1).sort()).toEqual(['0/1 ContainerCreating', '0/1 Terminating', '1/1 Running']);
    for (const row of rows) expect(row.indexOf(row.split(/ +/)[1]!)).toBe(header!.indexOf('READY'));
    expect(d.run('kubectl get pods -w -o yaml')).toEqual({ output: 'error: --watch is supported here only with the default output format', exitCode: 1 });
  });

  it('prints one object as a manifest with -o yaml, and several as a List', () => {
    const d = kubectlDrill();
    const pod = d.pods('checkout')[0]!;
    const yaml = d.run(`kubectl get pod ${pod} -n shop -o yaml`).output;
    expect(yaml).toMatch(new RegExp(`^apiVersion: v1\\nkind: Pod\\nmetadata:\\n  creationTimestamp: "[-0-9T:]+Z"\\n`));
    expect(yaml).toContain(`  name: ${pod}\n  namespace: shop\n`);
    expect(yaml).toContain('  - image: registry.example/checkout:v2.3.0\n');
    expect(yaml).toContain('  phase: Running\n');
    const list = d.run('kubectl get deploy -A -o yaml').output;
    expect(list).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: apps\/v1\n  kind: Deployment\n/);
    expect(list).toMatch(/\nkind: List\nmetadata:\n  resourceVersion: ""$/);
    expect(JSON.parse(d.run('kubectl get node node-a -o json').output)).toMatchObject({ kind: 'Node', metadata: { name: 'node-a' }, status: { nodeInfo: { kubeletVersion: 'v1.29.4' } } });
  });
});
