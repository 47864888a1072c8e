import type { Command } from '../../types';
import { usageError } from './io';

const SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** sleep checks its operands like the real one but returns at once: drill time moves with the simulation, not the shell. */
export const sleep: Command = {
  name: 'sleep',
  summary: 'delay for a specified amount of time (returns at once here)',
  usage: 'sleep NUMBER[SUFFIX]...',
  man: `Pause for NUMBER seconds. SUFFIX may be 's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days. Given two or more arguments, pause for the amount of time specified by the sum of their values.

In this terminal sleep returns at once: the drill's clock moves with the simulation, not with the shell.`,
  run({ args }) {
    if (args.length === 0) return usageError('sleep', 'sleep: missing operand');
    for (const arg of args) {
      const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
      if (!match || SECONDS[match[2]!] === undefined) return usageError('sleep', `sleep: invalid time interval '${arg}'`);
    }
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};
