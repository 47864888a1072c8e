import { resolvePath } from '../fs/path';
import type { Command, CommandContext, VirtualFs } from '../types';

/** What completion may look at: the command table, the current host's files and the fleet. */
export type CompletionSource = {
  commands(): readonly string[];
  lookup(name: string): Command | undefined;
  fs: VirtualFs;
  cwd: string;
  home: string;
  hosts(): readonly string[];
  context: CommandContext;
};

type Scan = { words: string[]; partial: string; from: number; afterRedirect: boolean };

/** Reads the line up to the cursor: the words of the command being typed and the word under the cursor. */
function scan(before: string): Scan {
  let words: string[] = [];
  let partial = '';
  let from = before.length;
  let inWord = false;
  let afterRedirect = false;
  let quote: string | undefined;
  const end = () => {
    if (!inWord) return;
    if (afterRedirect) afterRedirect = false;
    else words.push(partial);
    partial = '';
    inWord = false;
  };
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else partial += ch;
      continue;
    }
    if (!inWord && !/[\s|;&<>]/.test(ch)) {
      inWord = true;
      from = i;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\' && i + 1 < before.length) partial += before[++i];
    else if (/\s/.test(ch)) end();
    else if ('|;&'.includes(ch)) {
      end();
      words = [];
      afterRedirect = false;
    } else if ('<>'.includes(ch)) {
      end();
      afterRedirect = true;
    } else partial += ch;
  }
  if (!inWord) from = before.length;
  return { words, partial, from, afterRedirect };
}

function files(partial: string, source: CompletionSource): string[] {
  const tilde = partial === '~' || partial.startsWith('~/');
  const typed = tilde ? `${source.home}${partial.slice(1)}` : partial;
  const slash = partial.lastIndexOf('/');
  const shownDir = slash < 0 ? (tilde ? '~/' : '') : partial.slice(0, slash + 1);
  const dir = typed.lastIndexOf('/') < 0 ? source.cwd : resolvePath(source.cwd, typed.slice(0, typed.lastIndexOf('/') + 1) || '/');
  const prefix = tilde && slash < 0 ? '' : partial.slice(slash + 1);
  const listed = source.fs.list(dir);
  if (!listed.ok) return [];
  return listed.names
    .filter((n) => n.startsWith(prefix) && (prefix.startsWith('.') || !n.startsWith('.')))
    .map((n) => `${shownDir}${n}${source.fs.stat(resolvePath(dir, n))?.kind === 'dir' ? '/' : ''}`);
}

/** Candidates for the word at the cursor: commands first, then flags, the command's own words or files. */
export function completeWord(line: string, cursor: number, source: CompletionSource): { from: number; candidates: string[] } {
  const at = Math.max(0, Math.min(cursor, line.length));
  const { words, partial, from, afterRedirect } = scan(line.slice(0, at));
  let candidates: readonly string[];
  if (afterRedirect || partial.includes('/') || partial.startsWith('~')) candidates = files(partial, source);
  else if (words.length === 0) candidates = source.commands().filter((c) => c.startsWith(partial));
  else {
    const command = source.lookup(words[0]!);
    if (partial.startsWith('-')) candidates = (command?.flags ?? []).filter((f) => f.startsWith(partial));
    else {
      const own = (command?.complete?.(words.slice(1), partial, source.context) ?? []).filter((c) => c.startsWith(partial));
      candidates = own.length > 0 ? own : files(partial, source);
    }
  }
  return { from, candidates: [...new Set(candidates)].sort() };
}
