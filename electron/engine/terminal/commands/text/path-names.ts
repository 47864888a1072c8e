import type { Command } from '../../types';
import { usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const BASENAME_OPTIONS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'multiple' },
  { key: 's', short: 's', long: 'suffix', value: true },
  { key: 'z', short: 'z', long: 'zero' },
];

/** POSIX basename: the last component, trailing slashes ignored, then the suffix removed unless it is all that is left. */
export function baseName(path: string, suffix = ''): string {
  if (path === '') return '';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix !== '' && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

/** POSIX dirname: everything before the last component, `.` when there is none. */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  const dir = trimmed.slice(0, at).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

export const basename: Command = {
  name: 'basename',
  summary: 'strip directory and suffix from filenames',
  usage: 'basename NAME [SUFFIX]',
  man: `Print NAME with any leading directory components removed. If specified, also remove a trailing SUFFIX.

OPTIONS
-a, --multiple
support multiple arguments and treat each as a NAME
-s, --suffix=SUFFIX
remove a trailing SUFFIX; implies -a
-z, --zero
end each output line with NUL, not newline`,
  flags: flagNames(BASENAME_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('basename', invocation.args, BASENAME_OPTIONS);
    if ('error' in parsed) return usageError('basename', parsed.error);
    const names = parsed.operands;
    if (names.length === 0) return usageError('basename', 'basename: missing operand');
    const suffix = last(parsed, 's');
    const multiple = has(parsed, 'a') || suffix !== undefined;
    if (!multiple && names.length > 2) return usageError('basename', `basename: extra operand '${names[2]}'`);
    const end = has(parsed, 'z') ? '\0' : '\n';
    const stdout = multiple ? names.map((n) => baseName(n, suffix) + end).join('') : baseName(names[0]!, names[1]) + end;
    return { stdout, stderr: '', exitCode: 0 };
  },
};

export const dirname: Command = {
  name: 'dirname',
  summary: 'strip last component from file name',
  usage: 'dirname [OPTION] NAME...',
  man: `Output each NAME with its last non-slash component and trailing slashes removed; if NAME contains no /'s, output '.' (meaning the current directory).

OPTIONS
-z, --zero
end each output line with NUL, not newline`,
  flags: ['-z', '--zero'],
  run(invocation) {
    const parsed = parseOptions('dirname', invocation.args, [{ key: 'z', short: 'z', long: 'zero' }]);
    if ('error' in parsed) return usageError('dirname', parsed.error);
    if (parsed.operands.length === 0) return usageError('dirname', 'dirname: missing operand');
    const end = has(parsed, 'z') ? '\0' : '\n';
    return { stdout: parsed.operands.map((n) => dirName(n) + end).join(''), stderr: '', exitCode: 0 };
  },
};
