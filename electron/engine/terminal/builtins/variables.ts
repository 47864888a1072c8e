import type { Command } from '../types';
import type { ShellState } from './shell-state';
import { err, lines, out } from './shell-state';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `export [NAME[=value]…]`: sets variables; alone (or `-p`), lists them as `declare -x` does. */
export function createExport(shell: ShellState): Command {
  return {
    name: 'export',
    summary: 'set an environment variable',
    usage: 'export NAME=value',
    run({ args, env }) {
      const operands = args.filter((a) => a !== '-p' && a !== '--');
      if (operands.length === 0) {
        const entries = [...env].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return out(lines(entries.map(([k, v]) => `declare -x ${k}="${v.replace(/["\\$`]/g, (c) => `\\${c}`)}"`)));
      }
      const errors: string[] = [];
      for (const operand of operands) {
        const eq = operand.indexOf('=');
        const name = eq < 0 ? operand : operand.slice(0, eq);
        if (!IDENTIFIER.test(name)) errors.push(`bash: export: \`${operand}': not a valid identifier`);
        else if (eq >= 0) shell.setVar(name, operand.slice(eq + 1));
        else if (!env.has(name)) shell.setVar(name, '');
      }
      return errors.length > 0 ? err(lines(errors)) : out('');
    },
  };
}

/** `env`: the environment, one `NAME=value` a line, in the order it was set. */
export const env: Command = {
  name: 'env',
  summary: 'print the environment',
  usage: 'env',
  run({ args, env: vars }) {
    const bad = args[0];
    if (bad !== undefined) return err(`env: '${bad}': No such file or directory\n`, 127);
    return out(lines([...vars].map(([k, v]) => `${k}=${v}`)));
  },
};
