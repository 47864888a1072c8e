import type { CommandInvocation } from '../../types';
import { resolvePath, strerror } from './io';

/** A file grep will search, or the message it prints instead. */
export type GrepInput = { name: string; text: string } | { name: string; message: string };

function globRegex(glob: string): RegExp {
  const body = [...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

/**
 * The files grep searches, in order: `-` is standard input, a directory is walked when recursive (sorted,
 * skipping nothing), and `--include`/`--exclude` filter the walked files by base name.
 */
export function grepInputs(operands: readonly string[], recursive: boolean, invocation: CommandInvocation, include: readonly string[], exclude: readonly string[]): GrepInput[] {
  const inputs: GrepInput[] = [];
  const includes = include.map(globRegex);
  const excludes = exclude.map(globRegex);
  const wanted = (name: string) => {
    const base = name.slice(name.lastIndexOf('/') + 1);
    return (includes.length === 0 || includes.some((r) => r.test(base))) && !excludes.some((r) => r.test(base));
  };
  const walk = (shown: string, path: string, top: boolean) => {
    const stat = invocation.fs.stat(path);
    if (stat?.kind === 'dir') {
      if (!recursive) {
        inputs.push({ name: shown, message: `grep: ${shown}: Is a directory` });
        return;
      }
      const list = invocation.fs.list(path);
      if (!list.ok) {
        inputs.push({ name: shown, message: `grep: ${shown}: ${strerror(list.error)}` });
        return;
      }
      for (const entry of list.names) walk(shown === '' ? entry : `${shown.replace(/\/$/, '')}/${entry}`, `${path.replace(/\/$/, '')}/${entry}`, false);
      return;
    }
    if (!top && !wanted(shown)) return;
    const read = invocation.fs.read(path);
    inputs.push(read.ok ? { name: shown, text: read.text } : { name: shown, message: `grep: ${shown}: ${strerror(read.error)}` });
  };
  if (operands.length === 0 && recursive) walk('', invocation.cwd, true);
  else if (operands.length === 0) inputs.push({ name: '(standard input)', text: invocation.stdin });
  for (const operand of operands) {
    if (operand === '-') inputs.push({ name: '(standard input)', text: invocation.stdin });
    else walk(operand, resolvePath(invocation.cwd, operand), true);
  }
  return inputs;
}
