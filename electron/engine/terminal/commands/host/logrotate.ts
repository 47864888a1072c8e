import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';

const CONFIG = '/etc/logrotate.conf';

/** `logrotate -f [-v] /etc/logrotate.conf`: forces rotation of the host's logs (the rotate-logs operation). */
function run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  let force = false;
  let verbose = false;
  const configs: string[] = [];
  for (const arg of args) {
    if (arg === '-f' || arg === '--force') force = true;
    else if (arg === '-v' || arg === '--verbose') verbose = true;
    else if (arg === '-fv' || arg === '-vf') force = verbose = true;
    else if (arg.startsWith('-')) return { stdout: '', stderr: `logrotate: bad argument ${arg}: unknown option`, exitCode: 1 };
    else configs.push(arg);
  }
  if (configs.length === 0) return { stdout: '', stderr: 'logrotate 3.21.0 - Copyright (C) 1995-2001 Red Hat, Inc.\nThis may be freely redistributed under the terms of the GNU General Public License\n\nUsage: logrotate [-dfv?] [-d|--debug] [-f|--force] [-v|--verbose] <configfile>', exitCode: 1 };
  if (configs.some((c) => c !== CONFIG && !c.startsWith('/etc/logrotate.d/'))) return { stdout: '', stderr: `error: cannot stat ${configs.find((c) => c !== CONFIG)}: No such file or directory`, exitCode: 1 };
  // Without -f nothing is due yet: the daily rotation already ran this morning.
  if (!force) return { stdout: verbose ? `reading config file ${CONFIG}\nHandling 1 logs\n  log does not need rotating (log has been rotated at 2026-3-13 0:0)\n` : '', stderr: '', exitCode: 0 };
  if (!context.world.hosts.has(host)) return { stdout: '', stderr: '', exitCode: 0 };
  const result = context.operate('rotate-logs', host, {});
  if (!result.ok) return { stdout: '', stderr: result.output, exitCode: 1 };
  return { stdout: verbose ? result.output.replace(/\n$/, '') : '', stderr: '', exitCode: 0 };
}

export const logrotate: Command = {
  name: 'logrotate',
  summary: "rotate the host's logs now (logrotate -f): truncates runaway logs, not deleted ones still held open",
  usage: 'logrotate [-f] [-v] /etc/logrotate.conf',
  man: 'NAME\n       logrotate - rotates, compresses, and mails system logs\n\nSYNOPSIS\n       logrotate [--force] [--debug] [--verbose] config_file ...\n\nOPTIONS\n       -f, --force    Tells logrotate to force the rotation, even if it doesn\'t think this is necessary.\n       -v, --verbose  Turns on verbose mode, for example to display messages during rotation.',
  flags: ['-f', '-v'],
  complete: (_words, partial) => [CONFIG].filter((c) => c.startsWith(partial)),
  run,
};
