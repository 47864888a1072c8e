import { parseDuration } from '../../../sim/duration';

/** One kubectl flag as pflag declares it: its long name, shorthand, and whether it takes a value. */
type FlagSpec = { long: string; short?: string; takesValue: boolean };

const FLAG_SPECS: readonly FlagSpec[] = [
  { long: 'namespace', short: 'n', takesValue: true },
  { long: 'help', short: 'h', takesValue: false },
  { long: 'all-namespaces', short: 'A', takesValue: false },
  { long: 'output', short: 'o', takesValue: true },
  { long: 'selector', short: 'l', takesValue: true },
  { long: 'replicas', takesValue: true },
  { long: 'since', takesValue: true },
  { long: 'tail', takesValue: true },
  { long: 'follow', short: 'f', takesValue: false },
  { long: 'previous', short: 'p', takesValue: false },
  { long: 'timestamps', takesValue: false },
  { long: 'container', short: 'c', takesValue: true },
  { long: 'watch', short: 'w', takesValue: false },
  { long: 'revision', takesValue: true },
  { long: 'to-revision', takesValue: true },
  { long: 'sort-by', takesValue: true },
  { long: 'force', takesValue: false },
  { long: 'wait', takesValue: false },
  { long: 'grace-period', takesValue: true },
  { long: 'ignore-daemonsets', takesValue: false },
  { long: 'delete-emptydir-data', takesValue: false },
  { long: 'from', takesValue: true },
  { long: 'list', takesValue: false },
  { long: 'overwrite', takesValue: false },
];

const BY_LONG = new Map(FLAG_SPECS.map((f) => [f.long, f]));
const BY_SHORT = new Map(FLAG_SPECS.flatMap((f) => (f.short ? [[f.short, f] as const] : [])));

/** Every flag kubectl knows here, as completion offers them. */
export const FLAG_WORDS: readonly string[] = FLAG_SPECS.flatMap((f) => [...(f.short ? [`-${f.short}`] : []), `--${f.long}${f.takesValue ? '=' : ''}`]);

/** A kubectl command line after pflag: positional words, and each flag given (by long name) with its value. */
export type ParsedArgs = {
  positional: string[];
  /** Flag values by long name; boolean flags hold "true" or "false". */
  flags: Map<string, string>;
  /** How each flag was spelled, for "unknown flag" messages about flags a subcommand does not take. */
  spelled: Map<string, string>;
};

/** Splits kubectl arguments into positional words and flags as pflag does; a string is the error kubectl prints. */
export function parseArgs(args: readonly string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { positional: [], flags: new Map(), spelled: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = BY_LONG.get(name);
      if (!spec) return `error: unknown flag: --${name}`;
      let value = eq < 0 ? undefined : arg.slice(eq + 1);
      if (spec.takesValue && value === undefined) {
        value = args[++i];
        if (value === undefined) return `error: flag needs an argument: --${name}`;
      }
      const problem = set(parsed, spec, value ?? 'true', `--${name}`);
      if (problem) return problem;
    } else if (arg.startsWith('-') && arg.length > 1) {
      const problem = parseShorthands(parsed, arg, () => args[++i]);
      if (problem) return problem;
    } else parsed.positional.push(arg);
  }
  return parsed;
}

/** `-n shop`, `-nshop`, `-n=shop`, and runs of boolean shorthands (`-fp`). */
function parseShorthands(parsed: ParsedArgs, arg: string, nextArg: () => string | undefined): string | undefined {
  for (let j = 1; j < arg.length; j++) {
    const short = arg[j]!;
    const spec = BY_SHORT.get(short);
    if (!spec) return `error: unknown shorthand flag: '${short}' in ${arg}`;
    if (!spec.takesValue) {
      const problem = set(parsed, spec, 'true', `-${short}`);
      if (problem) return problem;
      continue;
    }
    const rest = arg.slice(j + 1).replace(/^=/, '');
    const value = rest !== '' ? rest : nextArg();
    if (value === undefined) return `error: flag needs an argument: '${short}' in -${short}`;
    return set(parsed, spec, value, `-${short}`);
  }
  return undefined;
}

function set(parsed: ParsedArgs, spec: FlagSpec, value: string, spelling: string): string | undefined {
  if (!spec.takesValue && value !== 'true' && value !== 'false') {
    return `error: invalid argument "${value}" for "${spelling}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
  }
  parsed.flags.set(spec.long, value);
  parsed.spelled.set(spec.long, spelling);
  return undefined;
}

/** The first flag given that a subcommand does not take, as kubectl reports it. */
export function disallowedFlag(parsed: ParsedArgs, allowed: readonly string[]): string | undefined {
  for (const [long, spelling] of parsed.spelled) {
    if (long === 'namespace' || long === 'help' || allowed.includes(long)) continue;
    return spelling.startsWith('--') ? `error: unknown flag: ${spelling}` : `error: unknown shorthand flag: '${spelling.slice(1)}' in ${spelling}`;
  }
  return undefined;
}

export function flagOn(parsed: ParsedArgs, long: string): boolean {
  return parsed.flags.get(long) === 'true';
}

/** An integer flag (`--tail=20`, `--replicas=3`), or kubectl's message when it does not parse. */
export function intFlag(parsed: ParsedArgs, long: string): number | undefined | { error: string } {
  const text = parsed.flags.get(long);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) return { error: `error: invalid argument "${text}" for "--${long}" flag: strconv.ParseInt: parsing "${text}": invalid syntax` };
  return Number(text);
}

/** A Go duration flag (`--since=5m`, `--since=1h30m`), in milliseconds. */
export function durationFlag(parsed: ParsedArgs, long: string): number | undefined | { error: string } {
  const text = parsed.flags.get(long);
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  return ms === undefined ? { error: `error: invalid argument "${text}" for "--${long}" flag: time: invalid duration "${text}"` } : ms;
}
