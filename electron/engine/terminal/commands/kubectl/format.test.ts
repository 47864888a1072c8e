import { describe, expect, it } from 'vitest';
import { clusterIp, memoryQuantity, rfc1123, rfc3339, tabwrite, uidFor } from './format';
import { toYaml } from './yaml';

describe('tabwrite (Go text/tabwriter, padding 2)', () => {
  it('aligns a column only within a block of consecutive lines that have it', () => {
    const text = ['Name:\tx', 'Service Account:\tdefault', 'IPs:', '  IP:\t10.0.0.1', 'Controlled By:\tReplicaSet/x'].join('\n');
    expect(tabwrite(text)).toBe(['Name:             x', 'Service Account:  default', 'IPs:', '  IP:           10.0.0.1', 'Controlled By:  ReplicaSet/x'].join('\n'));
  });

  it('continues a column for lines whose first cell is empty (label continuation)', () => {
    expect(tabwrite('Labels:\tapp=x\n\tpod-template-hash=abc')).toBe('Labels:  app=x\n         pod-template-hash=abc');
  });
});

describe('formats', () => {
  it.each([
    [rfc1123(Date.parse('2026-03-13T09:57:02Z')), 'Fri, 13 Mar 2026 09:57:02 +0000'],
    [rfc3339(Date.parse('2026-03-13T09:57:02.750Z')), '2026-03-13T09:57:02Z'],
    [memoryQuantity(1024), '1Gi'],
    [memoryQuantity(256), '256Mi'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('gives stable, well-formed uids and cluster IPs', () => {
    expect(uidFor('Pod/shop/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(uidFor('Pod/shop/x')).toBe(uidFor('Pod/shop/x'));
    expect(clusterIp('shop', 'checkout')).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
  });
});

describe('toYaml (sigs.k8s.io/yaml style)', () => {
  it('sorts keys, does not indent sequences under their key, and quotes what would not read back as a string', () => {
    const doc = { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'x', resourceVersion: '12', creationTimestamp: '2026-03-13T09:57:02Z', labels: {} }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 8080 }] }] }, status: { ready: true, phase: 'True' } };
    expect(toYaml(doc)).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  creationTimestamp: "2026-03-13T09:57:02Z"',
        '  labels: {}',
        '  name: x',
        '  resourceVersion: "12"',
        'spec:',
        '  containers:',
        '  - name: c',
        '    ports:',
        '    - containerPort: 8080',
        'status:',
        '  phase: "True"',
        '  ready: true',
      ].join('\n'),
    );
  });
});
