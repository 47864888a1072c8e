import type { CommandContext, FileProvider, FsError, FsStat, VirtualFs } from '../types';
import { isWithin, normalizePath, parentOf } from './path';

/** A host's filesystem with directories that can be made (`mkdir`) as well as the files every command sees. */
export type HostFs = VirtualFs & { mkdir(path: string): { ok: true } | { ok: false; error: FsError } };

type Done = { ok: true } | { ok: false; error: FsError };
type Entry = { kind: 'file'; text: string; mtimeMs: number; owner: string } | { kind: 'dir'; mtimeMs: number; owner: string };
type Snapshot = { files: Map<string, Entry | FileProvider>; dirs: Set<string> };

/** Directories every host has, whether or not anything is in them. */
const SKELETON = ['/', '/home', '/home/oncall', '/etc', '/var', '/var/log', '/tmp', '/proc'];
/** Kernel files cannot be written or removed, even by root. */
const READ_ONLY = '/proc';
const HOME = '/home/oncall';

const sizeOf = (text: string) => new TextEncoder().encode(text).length;
const isEntry = (f: Entry | FileProvider): f is Entry => 'kind' in f;

/**
 * One host's filesystem: files the providers generate from world state (read when opened) under a writable
 * overlay. Writing a generated file copies it into the overlay; removing one hides it until a provider
 * serves a new file at that path… as a service re-creating its log would.
 */
export function createHostFs(host: string, providers: readonly FileProvider[], context: () => CommandContext): HostFs {
  const overlay = new Map<string, Entry>();
  const hidden = new Set<string>();
  const now = () => {
    const c = context();
    return c.world.startUnixMs + c.now;
  };

  const snapshot = (): Snapshot => {
    const files = new Map<string, Entry | FileProvider>();
    const dirs = new Set(SKELETON.filter((d) => !hidden.has(d)));
    const c = context();
    for (const provider of providers) {
      for (const raw of provider.paths(host, c)) {
        const path = normalizePath(raw);
        if (!hidden.has(path) && !files.has(path)) files.set(path, provider);
      }
    }
    for (const [path, entry] of overlay) {
      if (entry.kind === 'file') files.set(path, entry);
      else {
        files.delete(path);
        dirs.add(path);
      }
    }
    for (const path of [...files.keys(), ...dirs]) {
      for (let dir = parentOf(path); !dirs.has(dir); dir = parentOf(dir)) dirs.add(dir);
    }
    return { files, dirs };
  };

  const text = (path: string, file: Entry | FileProvider): string => (isEntry(file) ? (file.kind === 'file' ? file.text : '') : file.read(host, path, context()));

  const canWrite = (path: string, s: Snapshot): Done => {
    if (isWithin(path, READ_ONLY) || path === '/') return { ok: false, error: 'EACCES' };
    if (s.dirs.has(path)) return { ok: false, error: 'EISDIR' };
    const parent = parentOf(path);
    if (s.files.has(parent)) return { ok: false, error: 'ENOTDIR' };
    if (!s.dirs.has(parent)) return { ok: false, error: 'ENOENT' };
    return { ok: true };
  };

  return {
    read(raw) {
      const path = normalizePath(raw);
      const s = snapshot();
      const file = s.files.get(path);
      if (file !== undefined) return { ok: true, text: text(path, file) };
      return { ok: false, error: s.dirs.has(path) ? 'EISDIR' : 'ENOENT' };
    },
    stat(raw) {
      const path = normalizePath(raw);
      const s = snapshot();
      const file = s.files.get(path);
      if (file !== undefined) {
        if (isEntry(file)) return { kind: 'file', size: sizeOf(text(path, file)), mtimeMs: file.mtimeMs, mode: '-rw-r--r--', owner: file.owner };
        const generatedAt = isWithin(path, READ_ONLY) ? context().world.startUnixMs : now();
        return { kind: 'file', size: sizeOf(text(path, file)), mtimeMs: generatedAt, mode: isWithin(path, READ_ONLY) ? '-r--r--r--' : '-rw-r--r--', owner: 'root' };
      }
      if (!s.dirs.has(path)) return undefined;
      const made = overlay.get(path);
      const stat: FsStat = { kind: 'dir', size: 4096, mtimeMs: made?.mtimeMs ?? context().world.startUnixMs, mode: 'drwxr-xr-x', owner: made?.owner ?? (isWithin(path, HOME) ? 'oncall' : 'root') };
      if (path === '/tmp') return { ...stat, mode: 'drwxrwxrwt' };
      if (isWithin(path, READ_ONLY)) return { ...stat, mode: 'dr-xr-xr-x' };
      return stat;
    },
    list(raw) {
      const path = normalizePath(raw);
      const s = snapshot();
      if (s.files.has(path)) return { ok: false, error: 'ENOTDIR' };
      if (!s.dirs.has(path)) return { ok: false, error: 'ENOENT' };
      const names = new Set<string>();
      for (const p of [...s.files.keys(), ...s.dirs]) if (p !== '/' && parentOf(p) === path) names.add(p.slice(path === '/' ? 1 : path.length + 1));
      return { ok: true, names: [...names].sort() };
    },
    write(raw, data, append) {
      const path = normalizePath(raw);
      const s = snapshot();
      const allowed = canWrite(path, s);
      if (!allowed.ok) return allowed;
      const existing = s.files.get(path);
      const before = append && existing !== undefined ? text(path, existing) : '';
      const owner = existing === undefined ? 'oncall' : isEntry(existing) ? existing.owner : 'root';
      overlay.set(path, { kind: 'file', text: before + data, mtimeMs: now(), owner });
      hidden.delete(path);
      return { ok: true };
    },
    remove(raw, recursive) {
      const path = normalizePath(raw);
      const s = snapshot();
      if (isWithin(path, READ_ONLY) || path === '/') return s.files.has(path) || s.dirs.has(path) ? { ok: false, error: 'EACCES' } : { ok: false, error: 'ENOENT' };
      if (s.files.has(path)) {
        overlay.delete(path);
        hidden.add(path);
        return { ok: true };
      }
      if (!s.dirs.has(path)) return { ok: false, error: 'ENOENT' };
      const inside = [...s.files.keys(), ...s.dirs].filter((p) => p !== path && isWithin(p, path));
      if (!recursive) return { ok: false, error: 'EISDIR' };
      for (const p of [path, ...inside]) {
        overlay.delete(p);
        hidden.add(p);
      }
      return { ok: true };
    },
    mkdir(raw) {
      const path = normalizePath(raw);
      const s = snapshot();
      if (s.files.has(path) || s.dirs.has(path)) return { ok: false, error: 'EEXIST' };
      const allowed = canWrite(path, s);
      if (!allowed.ok) return allowed;
      overlay.set(path, { kind: 'dir', mtimeMs: now(), owner: 'oncall' });
      hidden.delete(path);
      return { ok: true };
    },
  };
}
