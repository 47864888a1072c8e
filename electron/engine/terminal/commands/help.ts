import type { Command } from '../types';
import { TEXT_COMMANDS } from './text';

/** help's sections, in order, and the commands each holds; commands not named here are listed under "tools". */
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['shell', ['help', 'man', 'cd', 'pwd', 'ls', 'echo', 'printf', 'env', 'export', 'unset', 'history', 'clear', 'exit', 'logout', 'ssh', 'whoami', 'hostname', 'id', 'rm', 'mkdir', 'touch', 'cp', 'mv', 'alias', 'type', 'which', 'true', 'false', 'sudo']],
  ['kubernetes', ['kubectl', 'helm']],
  ['host', ['systemctl', 'journalctl', 'ps', 'top', 'free', 'df', 'du', 'lsof', 'uptime', 'kill', 'pkill', 'vmstat', 'iostat', 'dmesg', 'uname']],
  ['network', ['ss', 'netstat', 'curl', 'wget', 'ping', 'dig', 'nslookup', 'host', 'openssl', 'traceroute', 'nc', 'ip']],
  ['data', ['psql', 'redis-cli', 'mysql']],
  ['text', [...TEXT_COMMANDS.map((c) => c.name), 'xargs']],
];

/** Lists the commands in the table it is given, grouped, so it never drifts from what actually exists. */
export function createHelp(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'list the commands this shell knows',
    usage: 'help',
    man: `Lists every command this shell knows, grouped by what it works on: the shell itself, Kubernetes, hosts, the network, data stores, and text. Type 'man NAME' for a command's manual page.`,
    run() {
      const all = commands();
      const grouped = new Set(GROUPS.flatMap(([, names]) => names));
      const sections: [string, Command[]][] = GROUPS.map(([title, names]) => [title, names.flatMap((n) => all.filter((c) => c.name === n))]);
      sections.push(['tools', all.filter((c) => !grouped.has(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1))]);
      const width = Math.max(10, ...all.map((c) => c.name.length + 2));
      const lines = ["These commands are available. Type 'man NAME' to find out more about the command NAME.", ''];
      for (const [title, list] of sections) {
        if (list.length === 0) continue;
        lines.push(`${title}:`, ...list.map((c) => `  ${c.name.padEnd(width)}${c.summary}`), '');
      }
      return { stdout: lines.join('\n'), stderr: '', exitCode: 0 };
    },
  };
}
