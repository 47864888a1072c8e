import { describe, expect, it } from 'vitest';
import { testCommandContext } from '../../testing/command-context';
import type { FileProvider } from '../types';
import { createHostFs } from './host-fs';

const context = testCommandContext();
let reads = 0;
const logs: FileProvider = {
  name: 'logs',
  paths: (host) => (host === 'node-a' ? ['/var/log/api.log', '/var/log/nginx/access.log'] : []),
  read: (_host, path) => {
    reads++;
    return `${path} at ${context.now}\n`;
  },
};
const fs = (host = 'node-a') => createHostFs(host, [logs], () => context);

describe('createHostFs', () => {
  it('has the base skeleton and the directories implied by generated paths', () => {
    const f = fs();
    expect(f.list('/')).toEqual({ ok: true, names: ['etc', 'home', 'proc', 'tmp', 'var'] });
    expect(f.list('/var/log')).toEqual({ ok: true, names: ['api.log', 'nginx'] });
    expect(f.list('/home/oncall')).toEqual({ ok: true, names: [] });
    expect(fs('node-b').list('/var/log')).toEqual({ ok: true, names: [] });
    expect(f.stat('/tmp')?.mode).toBe('drwxrwxrwt');
    expect(f.stat('/home/oncall')?.owner).toBe('oncall');
  });

  it('generates files when they are read', () => {
    const f = fs();
    const before = reads;
    f.list('/var/log');
    expect(reads).toBe(before);
    expect(f.read('/var/log/api.log')).toEqual({ ok: true, text: `/var/log/api.log at ${context.now}\n` });
    expect(reads).toBe(before + 1);
  });

  it('answers errors as the kernel would', () => {
    const f = fs();
    expect(f.read('/nope')).toEqual({ ok: false, error: 'ENOENT' });
    expect(f.read('/var/log')).toEqual({ ok: false, error: 'EISDIR' });
    expect(f.list('/var/log/api.log')).toEqual({ ok: false, error: 'ENOTDIR' });
    expect(f.write('/var/log', 'x', false)).toEqual({ ok: false, error: 'EISDIR' });
    expect(f.write('/nodir/x', 'x', false)).toEqual({ ok: false, error: 'ENOENT' });
    expect(f.write('/var/log/api.log/x', 'x', false)).toEqual({ ok: false, error: 'ENOTDIR' });
    expect(f.write('/proc/meminfo', 'x', false)).toEqual({ ok: false, error: 'EACCES' });
    expect(f.remove('/var/log', false)).toEqual({ ok: false, error: 'EISDIR' });
    expect(f.remove('/nope', true)).toEqual({ ok: false, error: 'ENOENT' });
    expect(f.mkdir('/var/log')).toEqual({ ok: false, error: 'EEXIST' });
    expect(f.mkdir('/a/b')).toEqual({ ok: false, error: 'ENOENT' });
  });

  it('writes and appends in an overlay, copying a generated file on append', () => {
    const f = fs();
    expect(f.write('/tmp/x', 'one\n', false)).toEqual({ ok: true });
    f.write('/tmp/x', 'two\n', true);
    expect(f.read('/tmp/x')).toEqual({ ok: true, text: 'one\ntwo\n' });
    expect(f.stat('/tmp/x')).toMatchObject({ kind: 'file', size: 8, owner: 'oncall', mode: '-rw-r--r--' });
    f.write('/var/log/api.log', 'mine\n', true);
    expect(f.read('/var/log/api.log')).toEqual({ ok: true, text: `/var/log/api.log at ${context.now}\nmine\n` });
    expect(f.stat('/var/log/api.log')?.owner).toBe('root');
  });

  it('hides removed generated files, and brings them back when written again', () => {
    const f = fs();
    expect(f.remove('/var/log/api.log', false)).toEqual({ ok: true });
    expect(f.read('/var/log/api.log')).toEqual({ ok: false, error: 'ENOENT' });
    expect(f.list('/var/log')).toEqual({ ok: true, names: ['nginx'] });
    f.write('/var/log/api.log', 'new\n', false);
    expect(f.read('/var/log/api.log')).toEqual({ ok: true, text: 'new\n' });
  });

  it('removes directories recursively, generated and written files alike', () => {
    const f = fs();
    f.mkdir('/var/log/old');
    f.write('/var/log/old/x', 'x', false);
    expect(f.remove('/var/log', true)).toEqual({ ok: true });
    expect(f.stat('/var/log')).toBeUndefined();
    expect(f.list('/var')).toEqual({ ok: true, names: [] });
    expect(f.mkdir('/var/log')).toEqual({ ok: true });
    expect(f.list('/var/log')).toEqual({ ok: true, names: [] });
  });

  it('refuses to remove the root or kernel files', () => {
    const f = fs();
    expect(f.remove('/', true)).toEqual({ ok: false, error: 'EACCES' });
    expect(f.mkdir('/proc/x')).toEqual({ ok: false, error: 'EACCES' });
  });
});
