import type { Command } from '../../types';
import { fail, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';
import { strftime } from './strftime';

const DATE_OPTIONS: OptionSpec[] = [
  { key: 'd', short: 'd', long: 'date', value: true },
  { key: 'I', short: 'I', long: 'iso-8601', optional: true },
  { key: 'R', short: 'R', long: 'rfc-email' },
  { key: 'rfc3339', long: 'rfc-3339', value: true },
  { key: 'u', short: 'u', long: 'utc' },
  { key: 'u', long: 'universal' },
];

const UNITS: Record<string, number> = { sec: 1000, second: 1000, min: 60_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000, fortnight: 1_209_600_000 };

/** The date strings on-call engineers give `date -d`: `@SECONDS`, ISO dates, `now`, and relative offsets. */
export function parseDate(text: string, now: number): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || trimmed === 'now' || trimmed === 'today') return now;
  if (trimmed === 'yesterday') return now - UNITS.day!;
  if (trimmed === 'tomorrow') return now + UNITS.day!;
  const epoch = /^@(-?\d+(?:\.\d+)?)$/.exec(trimmed);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const relative = /^([+-]?\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight)s?(\s+ago)?$/.exec(trimmed.replace(/^now\s*/, ''));
  if (relative) {
    const amount = Number(relative[1] ?? '1') * UNITS[relative[2]!]!;
    return relative[3] ? now - amount : now + amount;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[t ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(z|utc|[+-]\d{2}:?\d{2})?$/.exec(trimmed);
  if (!iso) return undefined;
  const zone = iso[3] === undefined || iso[3] === 'z' || iso[3] === 'utc' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = Date.parse(`${iso[1]}T${(iso[2] ?? '00:00').padStart(5, '0')}${zone}`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

const ISO_FORMATS: Record<string, string> = { '': '%Y-%m-%d', date: '%Y-%m-%d', hours: '%Y-%m-%dT%H%:z', minutes: '%Y-%m-%dT%H:%M%:z', seconds: '%Y-%m-%dT%H:%M:%S%:z', ns: '%Y-%m-%dT%H:%M:%S,%N%:z' };
const RFC3339_FORMATS: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };

export const date: Command = {
  name: 'date',
  summary: 'print the system date and time',
  usage: 'date [OPTION]... [+FORMAT]',
  man: `Display the current time in the given FORMAT. This host's clock is the drill's simulated clock, in UTC.

OPTIONS
-d, --date=STRING
display time described by STRING, not 'now' (e.g. '@1773396252', '2026-03-13 10:00', '10 minutes ago')
-I[FMT], --iso-8601[=FMT]
output date/time in ISO 8601 format; FMT is 'date' (the default), 'hours', 'minutes', 'seconds' or 'ns'
-R, --rfc-email
output date and time in RFC 5322 format, e.g. Mon, 14 Aug 2006 02:34:56 -0600
--rfc-3339=FMT
output date/time in RFC 3339 format; FMT is 'date', 'seconds' or 'ns'
-u, --utc, --universal
print Coordinated Universal Time (UTC)

FORMAT controls the output: %a %A %b %B abbreviated and full day and month names, %d day of month, %e the same space-padded, %F full date (%Y-%m-%d), %H hour, %M minute, %S second, %s seconds since the epoch, %T time (%H:%M:%S), %Y year, %j day of year, %N nanoseconds, %z and %Z the zone. A '-' after '%' removes the padding.`,
  flags: flagNames(DATE_OPTIONS),
  run(invocation, context) {
    const parsed = parseOptions('date', invocation.args, DATE_OPTIONS);
    if ('error' in parsed) return usageError('date', parsed.error);
    const now = context.world.startUnixMs + context.now;
    const dateText = last(parsed, 'd');
    const at = dateText === undefined ? now : parseDate(dateText, now);
    if (at === undefined) return fail(`date: invalid date '${dateText}'`);
    const [operand, extra] = parsed.operands;
    if (extra !== undefined) return usageError('date', `date: extra operand '${extra}'`);
    if (operand !== undefined && !operand.startsWith('+')) return fail(`date: invalid date '${operand}'`);
    let format = operand?.slice(1) ?? '%a %b %e %H:%M:%S %Z %Y';
    const iso = last(parsed, 'I');
    const rfc3339 = last(parsed, 'rfc3339');
    if (iso !== undefined) {
      const chosen = ISO_FORMATS[iso];
      if (chosen === undefined) return usageError('date', `date: invalid argument '${iso}' for '--iso-8601'`);
      format = chosen;
    } else if (rfc3339 !== undefined) {
      const chosen = RFC3339_FORMATS[rfc3339];
      if (chosen === undefined) return usageError('date', `date: invalid argument '${rfc3339}' for '--rfc-3339'`);
      format = chosen;
    } else if (has(parsed, 'R')) format = '%a, %d %b %Y %H:%M:%S %z';
    return { stdout: `${strftime(at, format)}\n`, stderr: '', exitCode: 0 };
  },
};
