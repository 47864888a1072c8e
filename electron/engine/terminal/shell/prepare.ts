import { FS_ERROR_TEXT } from '../fs/errors';
import { resolvePath } from '../fs/path';
import type { VirtualFs } from '../types';
import type { Redirect, SimpleCommand, Word } from './ast';
import type { ExpansionScope } from './expand';
import { BadSubstitution, expandFields, expandTarget, expandWord } from './expand';
import { glob } from './glob';
import type { Resolved, Runtime } from './runtime';

/** Where a stream of one command goes. */
export type Sink = { kind: 'terminal' } | { kind: 'pipe' } | { kind: 'null' } | { kind: 'file'; path: string; fs: VirtualFs };

/** A simple command ready to run: words expanded, redirections opened (files truncated, as bash opens them). */
export type Stage = {
  name?: string;
  args: string[];
  resolved?: Resolved;
  assignments: [string, string][];
  stdin?: string;
  out: Sink;
  err: Sink;
  /** What bash prints instead of running the command (bad substitution, a redirection that failed). */
  error?: string;
  warnings: string[];
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function isAssignment(word: Word): boolean {
  const first = word.parts[0];
  return first?.kind === 'text' && !first.quoted && ASSIGNMENT.test(first.text);
}

/** Expands a command's words and opens its redirections, left to right as bash does. */
export function prepare(command: SimpleCommand, last: boolean, runtime: Runtime): Stage {
  const stage: Stage = { args: [], assignments: [], out: last ? { kind: 'terminal' } : { kind: 'pipe' }, err: { kind: 'terminal' }, warnings: [] };
  const scope = runtime.scope();
  try {
    let words = command.words;
    while (words.length > 0 && isAssignment(words[0]!)) {
      const text = expandWord(words[0]!, scope).join(' ');
      const eq = text.indexOf('=');
      stage.assignments.push([text.slice(0, eq), text.slice(eq + 1)]);
      words = words.slice(1);
    }
    const { fs, cwd } = runtime.place();
    const fields = words.flatMap((w) => expandFields(w, scope)).flatMap((f) => {
      const matches = f.glob === undefined ? [] : glob(f.glob, fs, cwd);
      return matches.length > 0 ? matches : [f.text];
    });
    stage.name = fields[0];
    stage.args = fields.slice(1);
    for (const redirect of command.redirects) {
      const failure = open(stage, redirect, scope, runtime);
      if (failure !== undefined) return { ...stage, error: failure };
    }
  } catch (e) {
    if (e instanceof BadSubstitution) return { ...stage, error: `bash: ${e.message}\n` };
    throw e;
  }
  if (stage.name !== undefined) stage.resolved = runtime.lookup(stage.name);
  return stage;
}

/** Applies one redirection to the stage; returns bash's complaint when it cannot. */
function open(stage: Stage, redirect: Redirect, scope: ExpansionScope, runtime: Runtime): string | undefined {
  const target = expandTarget(redirect.target, scope);
  if (target === undefined) return `bash: ${redirect.target.raw}: ambiguous redirect\n`;
  const { fd, op } = redirect;
  if (op === '<<<') {
    stage.stdin = `${target}\n`;
    return undefined;
  }
  if (op === '<<') {
    stage.stdin = '';
    stage.warnings.push(`bash: warning: here-document at line 1 delimited by end-of-file (wanted \`${target}')\n`);
    return undefined;
  }
  if (op === '<&') return undefined;
  if (op === '>&' && /^[0-9]+$/.test(target)) {
    const to = Number(target);
    if (to > 2) return `bash: ${target}: Bad file descriptor\n`;
    if (fd === 1 && to === 2) stage.out = stage.err;
    else if (fd === 2 && to === 1) stage.err = stage.out;
    return undefined;
  }
  if (op === '>&' && target === '-') {
    if (fd === 1) stage.out = { kind: 'null' };
    if (fd === 2) stage.err = { kind: 'null' };
    return undefined;
  }
  const { fs, cwd } = runtime.place();
  if (op === '<') {
    if (target === '/dev/null') stage.stdin = '';
    else {
      const read = fs.read(resolvePath(cwd, target));
      if (!read.ok) return `bash: ${target}: ${FS_ERROR_TEXT[read.error]}\n`;
      if (fd === 0) stage.stdin = read.text;
    }
    return undefined;
  }
  const sink = openForWriting(target, op === '>>' || op === '&>>', runtime, stage);
  if (typeof sink === 'string') return sink;
  const both = op === '&>' || op === '&>>' || (op === '>&' && fd === 1);
  if (both || fd === 1) stage.out = sink;
  if (both || fd === 2) stage.err = sink;
  return undefined;
}

function openForWriting(target: string, append: boolean, runtime: Runtime, stage: Stage): Sink | string {
  if (target === '/dev/null') return { kind: 'null' };
  if (target === '/dev/stdout') return stage.out;
  if (target === '/dev/stderr') return stage.err;
  if (target === '/dev/tty') return { kind: 'terminal' };
  const { fs, cwd } = runtime.place();
  const path = resolvePath(cwd, target);
  const opened = fs.write(path, '', append);
  return opened.ok ? { kind: 'file', path, fs } : `bash: ${target}: ${FS_ERROR_TEXT[opened.error]}\n`;
}
