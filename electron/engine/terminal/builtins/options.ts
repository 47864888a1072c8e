/** Short options of a coreutils tool: `-la`, `--all`, and `--` ending them; unknown ones are reported. */
export function parseOptions(
  args: readonly string[],
  known: string,
  long: Readonly<Record<string, string>> = {},
): { flags: Set<string>; operands: string[] } | { bad: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const arg of args) {
    if (done || arg === '-' || !arg.startsWith('-')) operands.push(arg);
    else if (arg === '--') done = true;
    else if (arg.startsWith('--')) {
      const flag = long[arg.slice(2)];
      if (flag === undefined) return { bad: `unrecognized option '${arg}'` };
      flags.add(flag);
    } else {
      for (const c of arg.slice(1)) {
        if (!known.includes(c)) return { bad: `invalid option -- '${c}'` };
        flags.add(c);
      }
    }
  }
  return { flags, operands };
}

/** Coreutils' complaint about a bad option, with its pointer to --help. */
export function badOption(tool: string, bad: string): string {
  return `${tool}: ${bad}\nTry '${tool} --help' for more information.\n`;
}
