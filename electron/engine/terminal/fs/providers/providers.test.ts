import { describe, expect, it } from 'vitest';
import { testCommandContext } from '../../../testing/command-context';
import { createHostFs } from '../host-fs';
import { FILE_PROVIDERS, hostIp, knownHosts } from '.';

const context = testCommandContext({
  world: {
    hosts: [
      { name: 'node-a', cpus: 4, memory_gb: 16 },
      { name: 'node-b', cpus: 4, memory_gb: 16 },
    ],
    services: [
      { name: 'api', replicas: 2, hosts: ['node-a'], traffic: { rps: 20 } },
      { name: 'worker', replicas: 1, hosts: ['node-b'] },
    ],
    config: [
      { service: 'api', key: 'db.pool_size', value: '20' },
      { service: 'api', key: 'feature: odd', value: 'a: b' },
    ],
  },
});
const read = (host: string, path: string) => {
  const result = createHostFs(host, FILE_PROVIDERS, () => context).read(path);
  return result.ok ? result.text : result.error;
};

describe('file providers', () => {
  it('gives hosts stable private addresses in scenario order', () => {
    expect(knownHosts(context.world)).toEqual(['bastion', 'node-a', 'node-b']);
    expect(knownHosts(context.world).map((h) => hostIp(context.world, h))).toEqual(['10.0.0.2', '10.0.1.10', '10.0.1.11']);
    expect(hostIp(context.world, 'nope')).toBeUndefined();
  });

  it('writes /etc/hostname and /etc/hosts for each host', () => {
    expect(read('node-a', '/etc/hostname')).toBe('node-a\n');
    const hosts = read('node-b', '/etc/hosts');
    expect(hosts).toMatch(/^127\.0\.0\.1\tlocalhost\n127\.0\.1\.1\tnode-b\n/);
    expect(hosts).toMatch(/\n10\.0\.0\.2\tbastion\n10\.0\.1\.10\tnode-a\n10\.0\.1\.11\tnode-b\n$/);
  });

  it('says Debian 12 in /etc/os-release', () => {
    expect(read('bastion', '/etc/os-release')).toMatch(/^PRETTY_NAME="Debian GNU\/Linux 12 \(bookworm\)"\n/);
  });

  it("puts a service's config on the hosts running its pods, quoted as YAML needs", () => {
    expect(read('node-a', '/etc/api/config.yaml')).toBe('# api v1.0.0: managed by config-sync, local edits are overwritten\ndb.pool_size: "20"\n"feature: odd": "a: b"\n');
    expect(read('node-b', '/etc/api/config.yaml')).toBe('ENOENT');
    expect(read('node-b', '/etc/worker/config.yaml')).toBe('# worker v1.0.0: managed by config-sync, local edits are overwritten\n{}\n');
  });

  it('leaves a README in the home directory, and no shell history', () => {
    expect(read('bastion', '/home/oncall/README')).toMatch(/ssh <host>/);
    expect(read('bastion', '/home/oncall/.bash_history')).toBe('ENOENT');
  });
});
