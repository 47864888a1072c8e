import { hashString } from '../../../sim/rng';
import type { CommandResult } from '../../types';

/** kubectl's successful output. */
export function ok(stdout: string, stderr = ''): CommandResult {
  return { stdout, stderr, exitCode: 0 };
}

/** kubectl's failure: the message on stderr, exit status 1. */
export function fail(stderr: string): CommandResult {
  return { stdout: '', stderr, exitCode: 1 };
}

/** An operation's answer as kubectl prints it: its output, on stdout when accepted and stderr when refused. */
export function fromOperation(result: { ok: boolean; output: string }): CommandResult {
  return result.ok ? ok(result.output) : fail(result.output.startsWith('error') ? result.output : `error: ${result.output}`);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Go's RFC1123Z in UTC, as `kubectl describe` prints times: "Fri, 13 Mar 2026 09:57:02 +0000". */
export function rfc1123(unixMs: number): string {
  const d = new Date(unixMs);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0000`;
}

/** RFC 3339 at second precision, as the API server stores timestamps ("2026-03-13T09:57:02Z"). */
export function rfc3339(unixMs: number): string {
  return new Date(Math.floor(unixMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Hex digits that stay the same for the same name (uids, container ids, image digests). */
export function stableHex(name: string, length: number): string {
  let out = '';
  let h = hashString(name);
  while (out.length < length) {
    // murmur3's finaliser between words, so consecutive words share no pattern.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    out += h.toString(16).padStart(8, '0');
    h = (h + 0x9e3779b9) >>> 0;
  }
  return out.slice(0, length);
}

/** A stable object uid in the API server's 8-4-4-4-12 form. */
export function uidFor(name: string): string {
  const h = stableHex(`uid:${name}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A pod IP in the cluster's pod CIDR (10.244.0.0/16), stable for the pod name. */
export function podIp(name: string): string {
  const h = hashString(`pod-ip:${name}`);
  return `10.244.${(h >>> 8) & 0xff}.${(h & 0xfd) + 2}`;
}

/** A ClusterIP in the service CIDR (10.96.0.0/12), stable for the service name. */
export function clusterIp(namespace: string, name: string): string {
  const h = hashString(`cluster-ip:${namespace}/${name}`);
  return `10.${96 + ((h >>> 16) & 0x0f)}.${(h >>> 8) & 0xff}.${(h & 0xfd) + 2}`;
}

/** A memory quantity as Kubernetes prints it: whole Gi when exact, else Mi ("1Gi", "256Mi"). */
export function memoryQuantity(mebibytes: number): string {
  return mebibytes % 1024 === 0 ? `${mebibytes / 1024}Gi` : `${Math.round(mebibytes)}Mi`;
}

/**
 * Go's text/tabwriter as `kubectl describe` configures it (padding 2): cells end at tabs, and each column is
 * as wide as its widest cell within a block of consecutive lines that have that column.
 */
export function tabwrite(text: string, padding = 2): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const widths: number[] = [];
  const out: string[] = [];
  const write = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      out.push(cells.map((cell, c) => (c < cells.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell)).join('').trimEnd());
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i]!.length - 1) continue;
      write(start, i);
      start = i;
      let width = 0;
      for (; i < line1 && column < lines[i]!.length - 1; i++) width = Math.max(width, lines[i]![column]!.length + padding);
      widths.push(width);
      format(start, i);
      widths.pop();
      start = i;
      i--;
    }
    write(start, line1);
  };
  format(0, lines.length);
  return out.join('\n');
}
