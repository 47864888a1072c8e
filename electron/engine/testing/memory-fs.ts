import type { FsStat, VirtualFs } from '../terminal/types';

/**
 * A plain in-memory filesystem for command tests: the given files (absolute path → text), their parent
 * directories implied. Writes and removals change it; nothing is generated.
 */
export function memoryFs(initial: Record<string, string> = {}): VirtualFs & { files: Map<string, string> } {
  const files = new Map(Object.entries(initial));
  const isDir = (path: string) => path === '/' || [...files.keys()].some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`));
  const stat = (path: string): FsStat | undefined => {
    const text = files.get(path);
    if (text !== undefined) return { kind: 'file', size: new TextEncoder().encode(text).length, mtimeMs: 0, mode: '-rw-r--r--', owner: 'root' };
    return isDir(path) ? { kind: 'dir', size: 4096, mtimeMs: 0, mode: 'drwxr-xr-x', owner: 'root' } : undefined;
  };
  return {
    files,
    stat,
    read: (path) => {
      const text = files.get(path);
      if (text !== undefined) return { ok: true, text };
      return { ok: false, error: isDir(path) ? 'EISDIR' : 'ENOENT' };
    },
    list: (path) => {
      if (files.has(path)) return { ok: false, error: 'ENOTDIR' };
      if (!isDir(path)) return { ok: false, error: 'ENOENT' };
      const prefix = path === '/' ? '/' : `${path}/`;
      const names = new Set([...files.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]!));
      return { ok: true, names: [...names].sort() };
    },
    write: (path, text, append) => {
      if (isDir(path)) return { ok: false, error: 'EISDIR' };
      files.set(path, append ? (files.get(path) ?? '') + text : text);
      return { ok: true };
    },
    remove: (path, recursive) => {
      if (files.delete(path)) return { ok: true };
      if (!isDir(path)) return { ok: false, error: 'ENOENT' };
      if (!recursive) return { ok: false, error: 'EISDIR' };
      for (const f of [...files.keys()]) if (f.startsWith(`${path}/`)) files.delete(f);
      return { ok: true };
    },
  };
}
