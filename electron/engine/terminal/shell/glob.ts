import { resolvePath } from '../fs/path';
import type { VirtualFs } from '../types';

const MAGIC = /(?<!\\)(?:\\\\)*[*?[]/;

/** A glob segment as a regular expression: `*`, `?`, `[abc]`, `[!abc]`, and `\x` for a literal x. */
function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) source += escapeRegex(segment[++i]!);
    else if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = segment.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
        i = close;
      }
    } else source += escapeRegex(c);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, (x) => `\\${x}`);
}

const unescape = (segment: string) => segment.replace(/\\(.)/gs, '$1');

/**
 * Pathname expansion of one pattern on the host's filesystem, sorted; names starting with `.` match only a
 * pattern that starts with `.`. No match gives an empty list (bash then keeps the word as typed).
 */
export function glob(pattern: string, fs: VirtualFs, cwd: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let matches = [absolute ? '/' : ''];
  for (const segment of absolute ? segments.slice(1) : segments) {
    const join = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? `${base}${name}` : `${base}/${name}`);
    if (!MAGIC.test(segment)) {
      matches = matches.map((m) => join(m, unescape(segment))).filter((m) => fs.stat(resolvePath(cwd, m)) !== undefined);
      continue;
    }
    const regex = segmentRegex(segment);
    matches = matches.flatMap((m) => {
      const listed = fs.list(resolvePath(cwd, m === '' ? '.' : m));
      if (!listed.ok) return [];
      return listed.names.filter((n) => regex.test(n) && (!n.startsWith('.') || segment.startsWith('.'))).map((n) => join(m, n));
    });
  }
  return matches.filter((m) => m !== '' && m !== '/').sort();
}
