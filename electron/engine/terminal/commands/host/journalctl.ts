import type { Command, CommandContext, CommandInvocation, CommandResult, Follow } from '../../types';
import { nowUnixMs } from './host-model';
import type { JournalEntry } from './journal';
import { PRIORITY_NAMES, journalLine, journalOf } from './journal';
import { findUnit, unitsOn } from './units';

type Options = { units: string[]; lines?: number; since?: number; maxPriority: number; follow: boolean };

/** `--since` values: "10 min ago", "-5m", "HH:MM[:SS]", "today", "YYYY-MM-DD HH:MM[:SS]". */
function parseSince(text: string, now: number): number | undefined {
  const unit: Record<string, number> = { s: 1e3, sec: 1e3, second: 1e3, seconds: 1e3, m: 6e4, min: 6e4, minute: 6e4, minutes: 6e4, h: 36e5, hour: 36e5, hours: 36e5, d: 864e5, day: 864e5, days: 864e5 };
  const ago = /^(?:-(\d+)\s*([a-z]+)|(\d+)\s*([a-z]+) ago)$/.exec(text.trim());
  if (ago) {
    const n = Number(ago[1] ?? ago[3]);
    const scale = unit[ago[2] ?? ago[4]!];
    return scale === undefined ? undefined : now - n * scale;
  }
  const day = new Date(now).toISOString().slice(0, 10);
  if (text === 'today') return Date.parse(`${day}T00:00:00Z`);
  const clock = /^(\d{4}-\d{2}-\d{2} )?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!clock) return undefined;
  const date = clock[1]?.trim() ?? day;
  const t = Date.parse(`${date}T${clock[2]!.padStart(2, '0')}:${clock[3]}:${clock[4] ?? '00'}Z`);
  return Number.isNaN(t) ? undefined : t;
}

function parse(args: readonly string[], now: number): Options | string {
  const options: Options = { units: [], maxPriority: 7, follow: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '-u' || flag === '--unit') {
      const v = value();
      if (v === undefined) return `journalctl: option '${arg}' requires an argument`;
      options.units.push(v.replace(/\.service$/, ''));
    } else if (/^-u./.test(arg)) options.units.push(arg.slice(2).replace(/\.service$/, ''));
    else if (flag === '-n' || flag === '--lines') {
      const v = value();
      if (v === undefined || !/^\d+$/.test(v)) return `Failed to parse lines '${v ?? ''}'.`;
      options.lines = Number(v);
    } else if (/^-n\d+$/.test(arg)) options.lines = Number(arg.slice(2));
    else if (flag === '-S' || flag === '--since') {
      const v = value() ?? '';
      const since = parseSince(v, now);
      if (since === undefined) return `Failed to parse timestamp: ${v}`;
      options.since = since;
    } else if (flag === '-p' || flag === '--priority') {
      const v = value() ?? '';
      const p = /^\d$/.test(v) ? Number(v) : PRIORITY_NAMES.indexOf(v);
      if (p < 0 || p > 7) return `Failed to parse priority value: ${v}`;
      options.maxPriority = p;
    } else if (flag === '-f' || flag === '--follow') options.follow = true;
    else if (['--no-pager', '-e', '--pager-end', '-x', '--catalog', '-xe', '-q', '--quiet'].includes(flag)) continue;
    else if (/^-[xe]+u$/.test(arg)) {
      const v = value();
      if (v === undefined) return `journalctl: option requires an argument -- 'u'`;
      options.units.push(v.replace(/\.service$/, ''));
    } else return arg.startsWith('--') ? `journalctl: unrecognized option '${arg}'` : `journalctl: invalid option -- '${arg.slice(1, 2)}'`;
  }
  return options;
}

function select(context: CommandContext, host: string, options: Options): JournalEntry[] {
  return journalOf(context, host).filter(
    (e) => e.priority <= options.maxPriority && (options.units.length === 0 || (e.unit !== undefined && options.units.includes(e.unit))) && (options.since === undefined || e.unixMs >= options.since),
  );
}

/** New entries as the clock moves: those from log events after the newest one already read. */
function follow(host: string, options: Options, context: CommandContext): Follow {
  let seen = context.logs().at(-1);
  let seenAt = context.now;
  return {
    next(current) {
      const logs = current.logs();
      const from = seen === undefined ? -1 : logs.lastIndexOf(seen);
      // The store drops its oldest events when full; if even the last one read is gone, go by time.
      const fresh = from >= 0 || seen === undefined ? logs.slice(from + 1) : logs.filter((e) => Date.parse(e['@timestamp']) > current.world.startUnixMs + seenAt);
      seen = logs.at(-1);
      seenAt = current.now;
      const entries = journalOf(current, host, fresh).filter((e) => e.priority <= options.maxPriority && (options.units.length === 0 || (e.unit !== undefined && options.units.includes(e.unit))));
      return { text: entries.map((e) => `${journalLine(host, e)}\n`).join(''), done: false };
    },
  };
}

function run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  const now = nowUnixMs(context);
  const options = parse(args, now);
  if (typeof options === 'string') return { stdout: '', stderr: options, exitCode: 1 };
  const unknown = options.units.find((u) => !findUnit(context, host, u));
  let entries = unknown !== undefined ? [] : select(context, host, options);
  // journalctl prints whole history by default; -f alone shows the last ten, as tail does.
  const limit = options.lines ?? (options.follow ? 10 : undefined);
  if (limit !== undefined) entries = entries.slice(Math.max(0, entries.length - limit));
  const text = entries.length === 0 ? '-- No entries --' : entries.map((e) => journalLine(host, e)).join('\n');
  return { stdout: text, stderr: '', exitCode: 0, ...(options.follow ? { follow: follow(host, options, context) } : {}) };
}

export const journalctl: Command = {
  name: 'journalctl',
  summary: "read the host's systemd journal, by unit, time and priority",
  usage: 'journalctl [-u UNIT] [-n N] [--since "10 min ago"|-5m|HH:MM] [-p err] [-f] [--no-pager]',
  man: [
    'NAME\n       journalctl - Print log entries from the systemd journal',
    'SYNOPSIS\n       journalctl [OPTIONS...] [MATCHES...]',
    'DESCRIPTION\n       journalctl is used to print the log entries stored in the journal by systemd-journald.service.',
    'OPTIONS\n       -u, --unit=UNIT       Show messages for the specified systemd unit.\n       -n, --lines=N         Show the most recent journal events and limit the number of events shown.\n       -S, --since=DATE      Start showing entries on or newer than the specified date ("10 min ago", "-5m", "10:04").\n       -p, --priority=PRIO   Filter output by message priorities: emerg, alert, crit, err, warning, notice, info, debug.\n       -f, --follow          Show only the most recent journal entries, and continuously print new entries.\n       --no-pager            Do not pipe output into a pager.',
  ].join('\n\n'),
  flags: ['-u', '-n', '--since', '-p', '-f', '--no-pager', '--unit=', '--lines=', '--priority='],
  complete(words, partial, context) {
    const previous = words[words.length - 1];
    if (previous === '-u' || previous === '--unit') {
      const names = new Set([...context.world.hosts.keys()].flatMap((h) => unitsOn(context, h).map((u) => u.name)));
      return [...names].filter((n) => n.startsWith(partial)).sort();
    }
    if (previous === '-p' || previous === '--priority') return PRIORITY_NAMES.filter((p) => p.startsWith(partial));
    return this.flags!.filter((f) => f.startsWith(partial));
  },
  run,
};
