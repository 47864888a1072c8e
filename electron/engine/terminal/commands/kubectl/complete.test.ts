import { describe, expect, it } from 'vitest';
import { kubectl } from './index';
import { kubectlDrill } from './test-drill';

describe('kubectl completion', () => {
  const d = kubectlDrill();
  const complete = (line: string) => {
    const words = line.split(' ');
    const partial = words.pop()!;
    return kubectl.complete!(words, partial, d.context);
  };

  it.each([
    ['kubectl ', ['annotate', 'cordon', 'create', 'delete', 'describe', 'drain', 'get', 'logs', 'rollout', 'scale', 'set', 'top', 'uncordon']],
    ['kubectl d', ['delete', 'describe', 'drain']],
    ['kubectl get ', ['deployments', 'events', 'nodes', 'pods', 'services']],
    ['kubectl describe de', ['deployments']],
    ['kubectl get pods -n ', ['catalog', 'shop']],
    ['kubectl get deploy -n shop ', ['checkout']],
    ['kubectl describe nodes ', ['node-a', 'node-b']],
    ['kubectl rollout ', ['history', 'restart', 'status', 'undo']],
    ['kubectl rollout undo -n catalog ', ['deployment/search']],
    ['kubectl scale -n shop deployment/', ['deployment/checkout']],
    ['kubectl drain node-', ['node-a', 'node-b']],
    ['kubectl top ', ['nodes', 'pods']],
    ['kubectl get pods --all', ['--all-namespaces']],
  ])('%s → %j', (line, expected) => {
    expect(complete(line)).toEqual(expected);
  });

  it('offers the pods of the namespace typed so far', () => {
    expect(complete('kubectl logs -n catalog ')).toEqual(d.pods('search'));
    expect(complete('kubectl describe pod --namespace=shop checkout-')).toEqual(d.pods('checkout'));
  });

  it('works when the shell passes the words without the command name', () => {
    expect(kubectl.complete!(['get'], 'no', d.context)).toEqual(['nodes']);
  });

  it('has a man page in the shape man prints', () => {
    expect(kubectl.man).toMatch(/^NAME\n {7}kubectl - kubectl controls the Kubernetes cluster manager\n\nSYNOPSIS\n/);
  });
});
