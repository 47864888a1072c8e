import { hostIp } from '../fs/providers/host-ip';
import type { Command, CommandContext } from '../types';
import type { ShellState } from './shell-state';
import { err, out } from './shell-state';

const MOTD = `
The programs included with the Debian GNU/Linux system are free software;
the exact distribution terms for each program are described in the
individual files in /usr/share/doc/*/copyright.

Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent
permitted by applicable law.
`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ssh options that take a value, so the value is not mistaken for the destination. */
const VALUE_OPTIONS = new Set('BbcDEeFIiJLlmOopQRSWw'.split('').map((c) => `-${c}`));

const pad = (n: number) => String(n).padStart(2, '0');

/** `Fri Mar 13 09:12:44 2026`, as sshd's "Last login" line prints a time (UTC). */
export function loginTime(unixMs: number): string {
  const d = new Date(unixMs);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** The banner Debian prints on login: uname, the motd, and the last login (a stable time before now). */
function banner(host: string, from: string, context: CommandContext): string {
  const index = [...host].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const last = context.world.startUnixMs + context.now - (47 + (index % 240)) * 60_000 - (index % 60) * 1000;
  const uname = `Linux ${host} 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64`;
  return `${uname}\n${MOTD}Last login: ${loginTime(last)} from ${hostIp(context.world, from) ?? '10.0.0.2'}\n`;
}

/** `ssh [options] [user@]host`: logs in to another host of the fleet. */
export function createSsh(shell: ShellState): Command {
  return {
    name: 'ssh',
    summary: 'log in to another host',
    usage: 'ssh <host> [command]',
    flags: ['-v', '-p', '-l', '-i', '-t'],
    complete: () => shell.hosts(),
    run({ args, host: from }, context) {
      const operands: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const arg = args[i]!;
        if (VALUE_OPTIONS.has(arg)) i++;
        else if (!arg.startsWith('-') || operands.length > 0) operands.push(arg);
      }
      const destination = operands[0];
      if (destination === undefined) {
        return err('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           destination [command [argument ...]]\n', 255);
      }
      const host = destination.slice(destination.lastIndexOf('@') + 1);
      if (!shell.hosts().includes(host)) return err(`ssh: Could not resolve hostname ${host}: Name or service not known\n`, 255);
      if (operands.length > 1) {
        const remote = shell.runOn(host, operands.slice(1).join(' '));
        return out(remote.output, remote.exitCode);
      }
      shell.ssh(host);
      return out(banner(host, from, context));
    },
  };
}

/** `exit [n]`: leaves an ssh session; on the bastion the drill goes on, so the shell stays. */
export function createExit(shell: ShellState): Command {
  return {
    name: 'exit',
    summary: 'log out of the current host',
    usage: 'exit [n]',
    run({ args, host }) {
      const arg = args[0];
      const numeric = arg === undefined || /^[+-]?[0-9]+$/.test(arg);
      const code = arg === undefined ? shell.lastStatus() : numeric ? ((Number(arg) % 256) + 256) % 256 : 2;
      const complaint = numeric ? '' : `bash: exit: ${arg}: numeric argument required\n`;
      if (!shell.exit()) return { stdout: 'logout\n', stderr: complaint, exitCode: code };
      return { stdout: 'logout\n', stderr: `${complaint}Connection to ${host} closed.\n`, exitCode: code };
    },
  };
}
