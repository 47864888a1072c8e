import { resolvePath } from '../../../fs/path';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../../types';
import { checkRuleFile } from './check-rules';

/**
 * promtool 2.42's `check rules` on the virtual filesystem: "Checking <file>", then SUCCESS with the rule
 * count or FAILED with the errors (on standard error), a blank line after each file; exit 1 when any failed.
 * Other promtool commands are not installed here.
 */

const kingpin = (message: string): CommandResult => ({ stdout: '', stderr: `promtool: error: ${message}, try --help\n`, exitCode: 1 });

function checkRules(inv: CommandInvocation, args: readonly string[]): CommandResult {
  const files: string[] = [];
  let lintFatal = false;
  let lint = true;
  for (const a of args) {
    if (a === '--lint-fatal') lintFatal = true;
    else if (a === '--lint=none') lint = false;
    else if (a === '--lint=duplicate-rules') lint = true;
    else if (a.startsWith('-')) return kingpin(`unknown long flag '${a}'`);
    else files.push(a);
  }
  if (files.length === 0) return kingpin("required argument 'rule-files' not provided");
  const texts: string[] = [];
  for (const f of files) {
    const read = inv.fs.read(resolvePath(inv.cwd, f));
    if (!read.ok) return kingpin(read.error === 'EISDIR' ? `'${f}' is a directory` : `path '${f}' does not exist`);
    texts.push(read.text);
  }
  let stdout = '';
  let stderr = '';
  let failed = false;
  let hasErrors = false;
  files.forEach((file, i) => {
    stdout += `Checking ${file}\n`;
    const result = checkRuleFile(texts[i]!, file);
    if ('errors' in result) {
      stderr += `  FAILED:\n${result.errors.map((e) => `${e}\n`).join('')}`;
      failed = hasErrors = true;
    } else if (lint && result.lint) {
      stderr += `  FAILED:\n${result.lint}\n`;
      failed = true;
    } else stdout += `  SUCCESS: ${result.rules} rules found\n`;
    stdout += '\n';
  });
  return { stdout, stderr, exitCode: hasErrors || (failed && lintFatal) ? 1 : 0 };
}

function run(inv: CommandInvocation, _context: CommandContext): CommandResult {
  const [command, sub, ...rest] = inv.args;
  if (command === undefined) return kingpin('expected command but got nothing');
  if (command !== 'check') return kingpin(`expected command but got "${command}"`);
  if (sub !== 'rules') return kingpin(sub === undefined ? "expected command but got nothing" : `expected command but got "${sub}"`);
  return checkRules(inv, rest);
}

export const promtool: Command = {
  name: 'promtool',
  summary: 'Tooling for the Prometheus monitoring system: check rule files',
  usage: 'promtool check rules [--lint=duplicate-rules|none] [--lint-fatal] <rule-files>...',
  man: `NAME
       promtool - Tooling for the Prometheus monitoring system

SYNOPSIS
       promtool check rules [--lint=duplicate-rules|none] [--lint-fatal] <rule-files>...

DESCRIPTION
       check rules reads Prometheus rule files and reports, per file, the number of rules found or what is
       wrong: YAML errors, unknown fields, bad durations, expressions that do not parse, invalid names and
       templates. By default it also warns of duplicate rules (same name and labels).

OPTIONS
       --lint=duplicate-rules|none   Lint checks to run (default duplicate-rules).
       --lint-fatal                   Make lint warnings exit with status 1.

EXIT STATUS
       0 when every file is valid, 1 otherwise.
`,
  flags: ['--lint=duplicate-rules', '--lint=none', '--lint-fatal'],
  complete(words, partial) {
    if (words.length === 0) return ['check'].filter((c) => c.startsWith(partial));
    if (words.length === 1 && words[0] === 'check') return ['rules'].filter((c) => c.startsWith(partial));
    return [];
  },
  run,
};
