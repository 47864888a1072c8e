import { formatTable } from '../../table';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';

/** `flags`, the feature-flag service's CLI: list, read and switch flags (set runs the toggle-flag operation). */

const USAGE = 'usage: flags list | get <name> | set <name> on|off';
const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr: `${stderr}\n`, exitCode });
const state = (on: boolean) => (on ? 'on' : 'off');

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const [action, name, value, ...extra] = inv.args;
  const flags = context.world.flags;
  if (action === 'list' && name === undefined) {
    const rows = [...flags.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, on]) => [n, state(on)]);
    return { stdout: `${formatTable([['NAME', 'STATE'], ...rows])}\n`, stderr: '', exitCode: 0 };
  }
  if (action === 'get' && name !== undefined && value === undefined) {
    const on = flags.get(name);
    return on === undefined ? fail(`flags: flag "${name}" not found`) : { stdout: `${name}: ${state(on)}\n`, stderr: '', exitCode: 0 };
  }
  if (action === 'set' && name !== undefined && extra.length === 0) {
    if (!flags.has(name)) return fail(`flags: flag "${name}" not found`);
    if (value !== 'on' && value !== 'off') return fail(`flags: state must be "on" or "off"\n${USAGE}`, 2);
    const result = context.operate('toggle-flag', name, { enabled: value === 'on' });
    // Setting a flag to the state it has is not an error: the result is what was asked for.
    return { stdout: `${result.output}\n`, stderr: '', exitCode: 0 };
  }
  return fail(action === undefined || ['list', 'get', 'set'].includes(action) ? USAGE : `flags: unknown command "${action}"\n${USAGE}`, 2);
}

export const flagsTool: Command = {
  name: 'flags',
  summary: 'feature flags: list, get and set them',
  usage: USAGE.replace('usage: ', ''),
  man: `NAME
       flags - the feature-flag service's command line

SYNOPSIS
       flags list
       flags get <name>
       flags set <name> on|off

DESCRIPTION
       list shows every flag and whether it is on. set switches a flag for every service at once; it takes
       effect immediately, so turning off the flag behind a bad feature is the fastest mitigation.
`,
  complete(words, partial, context) {
    if (words.length === 0) return ['list', 'get', 'set'].filter((c) => c.startsWith(partial));
    if (words.length === 1 && (words[0] === 'get' || words[0] === 'set')) return [...context.world.flags.keys()].filter((n) => n.startsWith(partial));
    if (words.length === 2 && words[0] === 'set') return ['on', 'off'].filter((c) => c.startsWith(partial));
    return [];
  },
  run,
};
