import type { Follow, VirtualFs } from '../../types';
import { resolvePath } from './io';

/** How much of a file's end is kept to recognise it on the next read. */
const ANCHOR_CHARS = 4096;
/** How many of the last lines seen identify the old end of a file whose start has rolled off. */
const ANCHOR_LINES = 8;

/** What `tail -f` remembers of a file between reads: its length and its last few kilobytes (from a line start). */
type Seen = { length: number; tail: string } | undefined;

function remember(text: string): Seen {
  if (text.length <= ANCHOR_CHARS) return { length: text.length, tail: text };
  const cut = text.length - ANCHOR_CHARS;
  const lineStart = text.indexOf('\n', cut);
  return { length: text.length, tail: lineStart < 0 || lineStart + 1 >= text.length ? text.slice(cut) : text.slice(lineStart + 1) };
}

/**
 * What was appended since `seen`. A generated log may also drop lines at its start, so when the old end is
 * no longer where it was, the old tail is searched for; when it is gone the file was truncated.
 */
export function appended(seen: NonNullable<Seen>, text: string): { text: string; truncated: boolean } {
  const { length, tail } = seen;
  if (text.length >= length && text.slice(length - tail.length, length) === tail) return { text: text.slice(length), truncated: false };
  // The last few whole lines seen, found again at a line start, mark where the new part begins.
  const anchor = tail.split('\n').slice(-ANCHOR_LINES - 1).join('\n');
  if (anchor !== '') {
    for (let at = text.lastIndexOf(anchor); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(anchor, at - 1)) {
      if (at === 0 || text[at - 1] === '\n') return { text: text.slice(at + anchor.length), truncated: false };
    }
  }
  return { text, truncated: true };
}

type Followed = { name: string; path: string; seen: Seen };

/**
 * `tail -f`/`-F`: re-reads each file on every tick and prints what was appended, with a header when the
 * output switches files. It never ends by itself; Ctrl-C stops it.
 */
export function followFiles(files: readonly { name: string; text: string | undefined }[], cwd: string, fs: VirtualFs, retry: boolean): Follow {
  const followed: Followed[] = files.map((f) => ({ name: f.name, path: resolvePath(cwd, f.name), seen: f.text === undefined ? undefined : remember(f.text) }));
  let shown = followed.length > 0 ? followed[followed.length - 1]! : undefined;
  return {
    next() {
      let out = '';
      for (const file of followed) {
        const read = fs.read(file.path);
        if (!read.ok) {
          if (retry && file.seen) out += `tail: '${file.name}' has become inaccessible: No such file or directory\n`;
          if (retry) file.seen = undefined;
          continue;
        }
        let fresh: string;
        if (file.seen === undefined) {
          if (!retry) continue;
          out += `tail: '${file.name}' has appeared;  following new file\n`;
          fresh = read.text;
        } else {
          const delta = appended(file.seen, read.text);
          if (delta.truncated) out += `tail: ${file.name}: file truncated\n`;
          fresh = delta.text;
        }
        file.seen = remember(read.text);
        if (fresh === '') continue;
        if (followed.length > 1 && shown !== file) out += `\n==> ${file.name} <==\n`;
        shown = file;
        out += fresh;
      }
      return { text: out, done: false };
    },
  };
}
