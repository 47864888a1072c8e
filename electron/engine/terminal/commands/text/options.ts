/**
 * Command-line options the way getopt_long(3) reads them for coreutils: clustered short flags (`-nr`),
 * attached or separate values (`-n5`, `-n 5`, `--lines=5`), unambiguous long prefixes, `--` ending the
 * options, and operands allowed before options (GNU permutes) unless the tool stops at its first operand.
 */
/** `value`: the option takes an argument; `optional`: a long option that may take one inline (`--color[=WHEN]`). */
export type OptionSpec = { key: string; short?: string; long?: string; value?: boolean; optional?: boolean };

export type ParsedOptions = {
  /** Options in the order given; a flag without a value has value `''`. */
  options: { key: string; value: string }[];
  operands: string[];
};

export type OptionSettings = {
  /** awk and xargs take everything after their first operand as operands. */
  stopAtOperand?: boolean;
  /** head, tail and grep read `-5` as a count: the option key it is recorded under. */
  numericKey?: string;
};

/** Reads options, or says what getopt would print (without the tool's trailing "Try --help" line). */
export function parseOptions(command: string, args: readonly string[], specs: readonly OptionSpec[], settings: OptionSettings = {}): ParsedOptions | { error: string } {
  const options: ParsedOptions['options'] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (settings.stopAtOperand) {
        operands.push(...args.slice(i));
        break;
      }
      operands.push(arg);
      continue;
    }
    if (settings.numericKey && /^-\d+$/.test(arg)) {
      options.push({ key: settings.numericKey, value: arg.slice(1) });
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = splitOnce(arg.slice(2), '=');
      const exact = specs.find((s) => s.long === name);
      const prefixed = specs.filter((s) => s.long?.startsWith(name));
      const spec = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
      if (!spec) {
        if (prefixed.length > 1) return { error: `${command}: option '--${name}' is ambiguous; possibilities:${prefixed.map((s) => ` '--${s.long}'`).join('')}` };
        return { error: `${command}: unrecognized option '${arg}'` };
      }
      if (spec.optional) {
        options.push({ key: spec.key, value: inline ?? '' });
        continue;
      }
      if (!spec.value) {
        if (inline !== undefined) return { error: `${command}: option '--${spec.long}' doesn't allow an argument` };
        options.push({ key: spec.key, value: '' });
        continue;
      }
      const value = inline ?? args[++i];
      if (value === undefined) return { error: `${command}: option '--${spec.long}' requires an argument` };
      options.push({ key: spec.key, value });
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      const spec = specs.find((s) => s.short === letter);
      if (!spec) {
        if (settings.numericKey && /\d/.test(letter)) {
          const digits = /^\d+/.exec(arg.slice(j))![0];
          options.push({ key: settings.numericKey, value: digits });
          j += digits.length - 1;
          continue;
        }
        return { error: `${command}: invalid option -- '${letter}'` };
      }
      if (spec.optional) {
        options.push({ key: spec.key, value: arg.slice(j + 1) });
        break;
      }
      if (!spec.value) {
        options.push({ key: spec.key, value: '' });
        continue;
      }
      const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
      if (value === undefined) return { error: `${command}: option requires an argument -- '${letter}'` };
      options.push({ key: spec.key, value });
      break;
    }
  }
  return { options, operands };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Whether a flag was given. */
export function has(parsed: ParsedOptions, key: string): boolean {
  return parsed.options.some((o) => o.key === key);
}

/** The last value given for an option (getopt's last one wins). */
export function last(parsed: ParsedOptions, key: string): string | undefined {
  return parsed.options.filter((o) => o.key === key).at(-1)?.value;
}

/** Every value given for a repeatable option (`grep -e A -e B`). */
export function all(parsed: ParsedOptions, key: string): string[] {
  return parsed.options.filter((o) => o.key === key).map((o) => o.value);
}

/** The flags completion offers, from the same specs the parser reads. */
export function flagNames(specs: readonly OptionSpec[]): string[] {
  return specs.flatMap((s) => [...(s.short ? [`-${s.short}`] : []), ...(s.long ? [`--${s.long}`] : [])]);
}
