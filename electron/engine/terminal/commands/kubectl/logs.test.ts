import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../../sim/outputs/ecs';
import { OOM_LEAK, kubectlDrill, lines } from './test-drill';

const parse = (text: string) => lines(text).filter((l) => l !== '').map((l) => JSON.parse(l) as EcsEvent);

describe('kubectl logs', () => {
  it("prints the pod's log events as its ECS logger wrote them: one JSON object a line, in time order", () => {
    const d = kubectlDrill();
    d.until(30_000);
    const pod = d.pods('checkout')[0]!;
    const result = d.kubectl(`logs ${pod} -n shop`);
    expect(result.exitCode).toBe(0);
    const events = parse(result.stdout);
    expect(events.length).toBeGreaterThan(10);
    expect(events.every((e) => e['kubernetes.pod.name'] === pod && e['service.name'] === 'checkout')).toBe(true);
    expect(events.map((e) => e['@timestamp'])).toEqual(events.map((e) => e['@timestamp']).sort());
  });

  it('honours --tail, --since and --timestamps', () => {
    const d = kubectlDrill();
    d.until(120_000);
    const pod = d.pods('search')[0]!;
    expect(lines(d.kubectl(`logs ${pod} -n catalog --tail=3`).stdout)).toHaveLength(3);
    const recent = parse(d.kubectl(`logs ${pod} -n catalog --since=10s`).stdout);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((e) => e['@timestamp'] >= '2026-03-13T10:01:50.000Z')).toBe(true);
    expect(d.kubectl(`logs ${pod} -n catalog --tail=1 --timestamps`).stdout).toMatch(/^2026-03-13T10:0[12]:\d\d\.\d{3}Z \{"@timestamp":/);
  });

  it('reads a deployment through its first pod and says which', () => {
    const d = kubectlDrill();
    d.until(10_000);
    const result = d.kubectl('logs deploy/search -n catalog --tail=1');
    expect(result.stderr).toBe(`Found 2 pods, using pod/${d.pods('search')[0]}`);
    expect(parse(result.stdout)[0]!['kubernetes.pod.name']).toBe(d.pods('search')[0]);
  });

  it('shows the current container by default and the one before the last restart with --previous', () => {
    const d = kubectlDrill(OOM_LEAK);
    d.until(90_000);
    const pod = d.context.world.services.get('checkout')!.instances.find((i) => i.restarts > 0 && i.status === 'Running')!;
    const started = new Date(d.context.world.startUnixMs + pod.startedAt).toISOString();
    const current = parse(d.kubectl(`logs ${pod.name} -n shop`).stdout);
    const previous = parse(d.kubectl(`logs ${pod.name} -n shop -p`).stdout);
    expect(current.every((e) => e['@timestamp'] >= started)).toBe(true);
    expect(previous.length).toBeGreaterThan(0);
    expect(previous.every((e) => e['@timestamp'] < started)).toBe(true);
  });

  it('follows with -f: each poll prints the lines logged since, none twice or lost, and never ends by itself', () => {
    const d = kubectlDrill();
    d.until(5_000);
    const pod = d.pods('search')[0]!;
    const result = d.kubectl(`logs -f ${pod} -n catalog --tail=2`);
    expect(lines(result.stdout)).toHaveLength(2);
    const follow = result.follow!;
    const streamed: EcsEvent[] = [];
    for (let t = 6_000; t <= 20_000; t += 1_000) {
      d.until(t);
      const chunk = follow.next(d.context);
      expect(chunk.done).toBe(false);
      if (chunk.text !== '') expect(chunk.text.endsWith('\n')).toBe(true);
      streamed.push(...parse(chunk.text));
    }
    const all = d.context.logs().filter((e) => e['kubernetes.pod.name'] === pod);
    const from = all.findIndex((e) => JSON.stringify(e) === lines(result.stdout).at(-1)) + 1;
    expect(from).toBeGreaterThan(0);
    expect(streamed).toEqual(all.slice(from));
    expect(follow.next(d.context)).toEqual({ text: '', done: false });
  });

  it.each([
    ['kubectl logs nope -n shop', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl logs deploy/nope -n shop', 'Error from server (NotFound): deployments.apps "nope" not found'],
    ['kubectl logs', "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"],
    ['kubectl logs x --since=5 -n shop', 'error: invalid argument "5" for "--since" flag: time: invalid duration "5"'],
    ['kubectl logs x --tail=many -n shop', 'error: invalid argument "many" for "--tail" flag: strconv.ParseInt: parsing "many": invalid syntax'],
  ])('%s → exit 1', (line, output) => {
    expect(kubectlDrill().run(line)).toEqual({ output, exitCode: 1 });
  });

  it('refuses --previous when the container never restarted, as the API server does', () => {
    const d = kubectlDrill();
    const pod = d.pods('search')[0]!;
    expect(d.run(`kubectl logs ${pod} -n catalog --previous`)).toEqual({ output: `Error from server (BadRequest): previous terminated container "search" in pod "${pod}" not found`, exitCode: 1 });
  });
});
