/**
 * Bash's history expansion: `!!`, `!n`, `!-n`, `!prefix` and `!?text?`, outside single quotes. `changed`
 * tells the shell to echo the expanded line before running it, as bash does.
 */
export function expandHistory(line: string, history: readonly string[]): { ok: true; line: string; changed: boolean } | { ok: false; message: string } {
  let out = '';
  let changed = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && quote !== "'" && i + 1 < line.length) {
      out += ch + line[++i];
      continue;
    }
    if (ch === "'" && quote !== '"') quote = quote === "'" ? undefined : "'";
    else if (ch === '"' && quote !== "'") quote = quote === '"' ? undefined : '"';
    if (ch !== '!' || quote === "'") {
      out += ch;
      continue;
    }
    const event = readEvent(line, i + 1, quote === '"');
    if (event === undefined) {
      out += ch;
      continue;
    }
    const found = findEvent(event.spec, history);
    if (found === undefined) return { ok: false, message: `!${event.spec}: event not found` };
    out += found;
    changed = true;
    i = event.end - 1;
  }
  return { ok: true, line: out, changed };
}

/** The event designator after a `!` at `from`, or undefined when the `!` is literal (`! `, `!=`, `!(`, end). */
function readEvent(line: string, from: number, inDoubleQuotes: boolean): { spec: string; end: number } | undefined {
  const next = line[from];
  if (next === undefined || ' \t\n=('.includes(next) || (inDoubleQuotes && next === '"')) return undefined;
  if (next === '!') return { spec: '!', end: from + 1 };
  if (next === '?') {
    const close = line.indexOf('?', from + 1);
    const end = close < 0 ? line.length : close + 1;
    return { spec: line.slice(from, end), end };
  }
  const match = /^-?[0-9]+/.exec(line.slice(from)) ?? /^[^\s;&|<>()"'`:]+/.exec(line.slice(from));
  if (!match) return undefined;
  return { spec: match[0], end: from + match[0].length };
}

function findEvent(spec: string, history: readonly string[]): string | undefined {
  if (spec === '!') return history[history.length - 1];
  if (/^[0-9]+$/.test(spec)) return history[Number(spec) - 1];
  if (/^-[0-9]+$/.test(spec)) {
    const n = Number(spec.slice(1));
    return n === 0 ? undefined : history[history.length - n];
  }
  const search = spec.startsWith('?');
  const text = search ? spec.slice(1).replace(/\?$/, '') : spec;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (search ? entry.includes(text) : entry.startsWith(text)) return entry;
  }
  return undefined;
}
