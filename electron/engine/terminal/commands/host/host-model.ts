import { hashString } from '../../../sim/rng';
import type { HostState } from '../../../sim/world';
import type { CommandContext, CommandResult } from '../../types';

/**
 * What the host tools share: the machine the shell is on (a world host, or a small stand-in for the bastion
 * and other hosts outside the world), its boot time and stable pids, and the clock in the tools' formats.
 */

/** The host's state; hosts outside the world (the bastion) get a small idle machine of their own. */
export function hostState(context: CommandContext, host: string): HostState {
  const known = context.world.hosts.get(host);
  if (known) return known;
  const spec = { name: host, cpus: 2, memory_gb: 4, disks: [{ mount: '/', size_gb: 20, used_gb: 6 }] };
  return {
    spec,
    cordoned: false,
    stealRatio: 0,
    disks: [{ mount: '/', device: '/dev/nvme0n1p1', sizeBytes: 20e9, usedBytes: 6e9, deletedOpenBytes: 0, fillBytesPerSec: 0 }],
    cpuUtilisation: 0.02,
    memoryUsedBytes: 0.6e9,
    cpuSeconds: { user: 0, system: 0, iowait: 0, steal: 0, idle: 0 },
    networkRxBytes: 0,
    networkTxBytes: 0,
  };
}

/** Wall-clock time now, in Unix milliseconds. */
export function nowUnixMs(context: CommandContext): number {
  return context.world.startUnixMs + context.now;
}

/** When the host booted: days before the scenario starts, stable per host. */
export function bootUnixMs(context: CommandContext, host: string): number {
  const h = hashString(`boot:${host}`);
  return context.world.startUnixMs - 2 * 86_400_000 - (h % (20 * 86_400_000));
}

/** A stable pid for a named process on a host (`salt` changes it when the process restarts). */
export function pidFor(host: string, name: string, salt = '', low = 600, span = 3_000): number {
  return low + (hashString(`${host}/${name}/${salt}`) % span);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');

/** "10:04:12" (UTC, as the hosts run). */
export function clockTime(unixMs: number): string {
  const d = new Date(unixMs);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** "Mar 13 10:04:12", the syslog and journal short timestamp. */
export function syslogTime(unixMs: number): string {
  const d = new Date(unixMs);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${clockTime(unixMs)}`;
}

/** "Fri 2026-03-13 10:04:12 UTC", as systemctl prints timestamps. */
export function systemdTime(unixMs: number): string {
  const d = new Date(unixMs);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${clockTime(unixMs)} UTC`;
}

/** ps's START column: "10:04" today, "Mar13" before today. */
export function psStart(unixMs: number, nowMs: number): string {
  const d = new Date(unixMs);
  const sameDay = new Date(nowMs).toISOString().slice(0, 10) === d.toISOString().slice(0, 10);
  return sameDay ? `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : `${MONTHS[d.getUTCMonth()]}${two(d.getUTCDate())}`;
}

/** systemd's relative time ("2h 3min ago", "1 day 4h ago", "45s ago"), from format_timestamp_relative. */
export function systemdAgo(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const day = 86_400;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (s >= 7 * day) return `${plural(Math.floor(s / (7 * day)), 'week')} ${plural(Math.floor((s % (7 * day)) / day), 'day')} ago`;
  if (s >= 2 * day) return `${Math.floor(s / day)} days ago`;
  if (s >= 25 * 3600) return `1 day ${Math.floor((s - day) / 3600)}h ago`;
  if (s >= 6 * 3600) return `${Math.floor(s / 3600)}h ago`;
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}min ago`;
  if (s >= 300) return `${Math.floor(s / 60)}min ago`;
  if (s >= 60) return `${Math.floor(s / 60)}min ${s % 60}s ago`;
  return s > 0 ? `${s}s ago` : 'now';
}

/** systemd's byte sizes ("101.3M", "1.2G"): powers of 1024, one decimal. */
export function systemdBytes(bytes: number): string {
  const units = ['B', 'K', 'M', 'G', 'T'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)}B` : `${value.toFixed(1)}${units[unit]}`;
}

/** systemd's CPU time ("1min 2.345s", "812ms"). */
export function systemdSpan(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const secs = s.toFixed(3).replace(/\.?0+$/, '');
  return [h > 0 ? `${h}h` : '', m > 0 ? `${m}min` : '', secs === '0' ? '' : `${secs}s`].filter(Boolean).join(' ');
}

/** Splits "-abc" bundles into single-letter flags; returns the first letter not in `known`, if any. */
export function shortFlags(arg: string, known: string): { flags: string[]; bad?: string } {
  const flags = [...arg.slice(1)];
  return { flags, bad: flags.find((f) => !known.includes(f)) };
}

/** Completion over a command's flags (and fixed words): the candidates that start with what is typed. */
export function completeFrom(words: readonly string[]): (typed: readonly string[], partial: string) => readonly string[] {
  return (_typed, partial) => words.filter((w) => w.startsWith(partial));
}

/** GNU coreutils' answer to a bad option: the message, the --help hint, exit status 1. */
export function invalidOption(tool: string, arg: string): CommandResult {
  const what = arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${arg.slice(1, 2)}'`;
  return { stdout: '', stderr: `${tool}: ${what}\nTry '${tool} --help' for more information.`, exitCode: 1 };
}
