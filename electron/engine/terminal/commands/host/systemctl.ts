import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { nowUnixMs, systemdAgo, systemdBytes, systemdSpan, systemdTime } from './host-model';
import { journalLine, journalOf } from './journal';
import type { Unit } from './units';
import { findUnit, unitsOn } from './units';

const VERBS = ['status', 'restart', 'start', 'stop', 'list-units', 'is-active'];

const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
const notFound = (verb: string, name: string): CommandResult => ({ stdout: '', stderr: `Failed to ${verb} ${serviceName(name)}: Unit ${serviceName(name)} not found.`, exitCode: 5 });

function serviceName(name: string): string {
  return name.endsWith('.service') ? name : `${name}.service`;
}

function activeLine(unit: Unit, now: number): string {
  const when = `since ${systemdTime(unit.since)}; ${systemdAgo(now - unit.since)}`;
  if (unit.state === 'failed') return `failed (Result: ${unit.result ?? 'exit-code'}) ${when}`;
  if (unit.state === 'activating') return `activating (start) ${when}`;
  return `active (running) ${when}`;
}

/** `systemctl status UNIT`: systemd 252's layout, then the unit's last ten journal lines. */
function status(context: CommandContext, host: string, unit: Unit): CommandResult {
  const now = nowUnixMs(context);
  const running = unit.state !== 'failed';
  const bullet = unit.state === 'failed' ? '×' : '●';
  const uptimeSec = Math.max(0, (now - unit.startedAt) / 1000);
  const lines = [
    `${bullet} ${unit.name}.service - ${unit.description}`,
    `     Loaded: loaded (${unit.unitFile}; enabled; preset: enabled)`,
    `     Active: ${activeLine(unit, now)}`,
  ];
  if (running) {
    lines.push(
      `   Main PID: ${unit.pid} (${unit.command.split(/[ :]/)[0]!.split('/').at(-1)})`,
      `      Tasks: ${unit.tasks} (limit: 76969)`,
      `     Memory: ${systemdBytes(unit.memoryBytes)}`,
      `        CPU: ${systemdSpan(uptimeSec * 0.004 * (1 + (unit.pid % 7)))}`,
      `     CGroup: /system.slice/${unit.name}.service`,
    );
    const procs = [`${unit.pid} ${unit.command}`, ...unit.children.map(([, cmd], i) => `${unit.pid + i + 1} "${cmd}"`)];
    procs.forEach((p, i) => lines.push(`             ${i === procs.length - 1 ? '└─' : '├─'}${p}`));
  } else {
    const status = unit.result === 'signal' ? 'code=killed, signal=SEGV' : 'code=exited, status=1/FAILURE';
    lines.push(`   Main PID: ${unit.pid} (${status})`, `        CPU: ${systemdSpan(3600 * 0.4)}`);
  }
  const journal = journalOf(context, host).filter((e) => e.unit === unit.name).slice(-10);
  const text = `${lines.join('\n')}\n${journal.length > 0 ? `\n${journal.map((e) => journalLine(host, e)).join('\n')}` : ''}`;
  return { stdout: text.replace(/\n$/, ''), stderr: '', exitCode: unit.state === 'active' ? 0 : 3 };
}

function listUnits(context: CommandContext, host: string): CommandResult {
  const units = unitsOn(context, host);
  const rows = units.map((u) => [`${u.state === 'failed' ? '●' : ' '} ${u.name}.service`, 'loaded', u.state, u.state === 'active' ? 'running' : u.state === 'failed' ? 'failed' : 'start', u.description]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(['  UNIT', 'LOAD', 'ACTIVE', 'SUB'][i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join(' ');
  return ok(
    [
      line(['  UNIT', 'LOAD', 'ACTIVE', 'SUB', 'DESCRIPTION']),
      ...rows.map(line),
      '',
      'LOAD   = Reflects whether the unit definition was properly loaded.',
      'ACTIVE = The high-level unit activation state, i.e. generalization of SUB.',
      'SUB    = The low-level unit activation state, values depend on unit type.',
      `${units.length} loaded units listed. Pass --all to see loaded but inactive units, too.`,
      "To show all installed unit files use 'systemctl list-unit-files'.",
    ].join('\n'),
  );
}

/** restart/start/stop: the unit's action on the world, silent on success as systemctl is. */
function act(context: CommandContext, host: string, verb: 'restart' | 'start' | 'stop', names: string[]): CommandResult {
  for (const name of names) {
    const unit = findUnit(context, host, name);
    if (!unit) return notFound(verb, name);
    const action = unit.actions[verb];
    if (action === 'refuse') {
      return { stdout: '', stderr: `Failed to ${verb} ${unit.name}.service: Operation refused, unit ${unit.name}.service may be requested by dependency only (it is configured to refuse manual start/stop).\nSee system logs and 'systemctl status ${unit.name}.service' for details.`, exitCode: 1 };
    }
    if (action === 'nothing') continue;
    const result = context.operate(action.operation, action.target, action.params ?? {});
    if (!result.ok) {
      return { stdout: '', stderr: `Job for ${unit.name}.service failed because the control process exited with error code.\nSee "systemctl status ${unit.name}.service" and "journalctl -xeu ${unit.name}.service" for details.`, exitCode: 1 };
    }
  }
  return ok('');
}

function run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  const words: string[] = [];
  for (const arg of args) {
    if (['--no-pager', '-l', '--full', '--type=service', '-q', '--quiet', '--all', '-a'].includes(arg)) continue;
    if (arg.startsWith('-')) return { stdout: '', stderr: `systemctl: unrecognized option '${arg}'`, exitCode: 1 };
    words.push(arg);
  }
  const [verb = 'list-units', ...names] = words;
  if (verb === 'list-units') return listUnits(context, host);
  if (!VERBS.includes(verb)) return { stdout: '', stderr: `Unknown command verb ${verb}.`, exitCode: 1 };
  if (names.length === 0) return { stdout: '', stderr: `Too few arguments.`, exitCode: 1 };
  if (verb === 'status') {
    const unit = findUnit(context, host, names[0]!);
    return unit ? status(context, host, unit) : { stdout: '', stderr: `Unit ${serviceName(names[0]!)} could not be found.`, exitCode: 4 };
  }
  if (verb === 'is-active') {
    const unit = findUnit(context, host, names[0]!);
    const state = unit?.state ?? 'inactive';
    return { stdout: state, stderr: '', exitCode: state === 'active' ? 0 : 3 };
  }
  return act(context, host, verb as 'restart' | 'start' | 'stop', names);
}

export const systemctl: Command = {
  name: 'systemctl',
  summary: 'show and control the systemd services of the host you are on',
  usage: 'systemctl [status|restart|start|stop|is-active] UNIT... | systemctl list-units --type=service',
  man: [
    'NAME\n       systemctl - Control the systemd system and service manager',
    'SYNOPSIS\n       systemctl [OPTIONS...] COMMAND [UNIT...]',
    'DESCRIPTION\n       systemctl may be used to introspect and control the state of the "systemd" system and service manager.',
    'COMMANDS\n       list-units          List units that systemd currently has in memory.\n       status UNIT...      Show runtime status information about one or more units, followed by most recent log data from the journal.\n       start UNIT...       Start (activate) one or more units.\n       stop UNIT...        Stop (deactivate) one or more units.\n       restart UNIT...     Stop and then start one or more units.\n       is-active UNIT...   Check whether any of the specified units are active.',
    'EXIT STATUS\n       0 unit is active; 3 unit is not active; 4 no such unit; 5 unit not found (start/stop/restart).',
  ].join('\n\n'),
  flags: ['--no-pager', '--type=service', '--all', '--full'],
  complete(words, partial, context) {
    if (words.length <= 1) return VERBS.filter((v) => v.startsWith(partial));
    // Completion does not know which host the shell is on: offer every host's units.
    const names = new Set([...context.world.hosts.keys()].flatMap((h) => unitsOn(context, h).map((u) => `${u.name}.service`)));
    return [...names].filter((n) => n.startsWith(partial)).sort();
  },
  run,
};
