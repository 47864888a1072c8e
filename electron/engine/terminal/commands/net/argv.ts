/**
 * Option parsing for the network and client tools, which take values (`-o file`, `-w fmt`, `-c 3`,
 * `--max-time 2`) as getopt does: `-sS` bundles switches, `-ofile` and `-o file` both give a value.
 */
export type OptionSpec = {
  /** Short switches without a value, e.g. 'sSiIv'. */
  switches: string;
  /** Short options that take a value, e.g. 'owm'. */
  valued: string;
  /** Long names mapped to their short letter (or to a long key of their own). */
  long?: Readonly<Record<string, string>>;
};

export type ParsedOptions = { options: Map<string, string>; operands: string[] };

/** Parses `args`; a string is the reason it failed (`option requires an argument -- 'o'`, `invalid option -- 'x'`). */
export function parseArgv(args: readonly string[], spec: OptionSpec): ParsedOptions | string {
  const options = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const key = spec.long?.[name];
      if (key === undefined) return `unrecognized option '${arg}'`;
      if (spec.valued.includes(key) || key.length > 1) {
        const value = inline ?? args[++i];
        if (value === undefined) return `option '--${name}' requires an argument`;
        options.set(key, value);
      } else options.set(key, 'true');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (spec.valued.includes(c)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return `option requires an argument -- '${c}'`;
        options.set(c, value);
        break;
      }
      if (!spec.switches.includes(c)) return `invalid option -- '${c}'`;
      options.set(c, 'true');
    }
  }
  return { options, operands };
}
