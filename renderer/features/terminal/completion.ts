// Bash-style completion on the editor's side: what replaces the word, and the candidate listing.
import { textWidth } from './cells';

/** What a Tab does with the back end's candidates for the word `line[from..cursor]`. */
export type CompletionStep =
  | { kind: 'replace'; text: string; cursor: number }
  | { kind: 'list'; candidates: readonly string[] }
  | { kind: 'bell' };

function longestCommonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * One candidate completes the word (plus a space, or nothing after a directory's `/`); several extend it to
 * their longest common prefix; when that adds nothing, a repeated Tab lists them and a first one rings.
 */
export function completionStep(line: string, cursor: number, from: number, candidates: readonly string[], repeated: boolean): CompletionStep {
  const start = Math.max(0, Math.min(from, cursor));
  const word = line.slice(start, cursor);
  const splice = (replacement: string): CompletionStep => ({
    kind: 'replace',
    text: line.slice(0, start) + replacement + line.slice(cursor),
    cursor: start + replacement.length,
  });
  if (candidates.length === 0) return { kind: 'bell' };
  if (candidates.length === 1) {
    const only = candidates[0]!;
    return splice(only.endsWith('/') ? only : `${only} `);
  }
  const common = longestCommonPrefix(candidates);
  if (common.length > word.length && common !== word) return splice(common);
  return repeated ? { kind: 'list', candidates } : { kind: 'bell' };
}

/** Candidates in columns down the page, as bash and ls print them, each row ending in `\r\n`. */
export function formatColumns(candidates: readonly string[], cols: number): string {
  const sorted = [...candidates].sort();
  const width = Math.max(...sorted.map(textWidth)) + 2;
  const columns = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(sorted.length / columns);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let column = 0; column < columns; column++) {
      const item = sorted[column * rows + row];
      if (item !== undefined) line += item + ' '.repeat(width - textWidth(item));
    }
    out += `${line.trimEnd()}\r\n`;
  }
  return out;
}
