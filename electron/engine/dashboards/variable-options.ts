/**
 * Turning a variable's raw results into options as Grafana does: the `regex` filter (a capture group, or
 * named groups `text`/`value`, picks the value), de-duplication by value, and the `sort` modes.
 */
import type { VariableOption } from './model';

/** Grafana's stringToJsRegex: `/pattern/flags`, or a bare pattern that must match the whole value. */
export function variableRegex(text: string): RegExp | { error: string } {
  try {
    if (!text.startsWith('/')) return new RegExp(`^${text}$`);
    const match = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
    if (!match) return { error: `invalid regex ${text}` };
    return new RegExp(match[1]!, match[2]);
  } catch (e) {
    return { error: `invalid regex ${text}: ${(e as Error).message}` };
  }
}

function applyRegex(option: VariableOption, regex: RegExp): VariableOption | undefined {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const matches = [...option.value.matchAll(global)];
  if (matches.length === 0) return undefined;
  const valueGroup = matches.find((m) => m.groups?.value !== undefined)?.groups?.value;
  const textGroup = matches.find((m) => m.groups?.text !== undefined)?.groups?.text;
  if (valueGroup !== undefined || textGroup !== undefined) {
    return { text: textGroup ?? valueGroup!, value: valueGroup ?? textGroup! };
  }
  const firstCapture = matches.find((m) => m.length > 1 && m[1] !== undefined);
  if (firstCapture) return { text: firstCapture[1]!, value: firstCapture[1]! };
  return option;
}

/** sortVariableValues: 1/2 alphabetical, 3/4 by the first number in the text, 5/6 case-insensitive; even = descending. */
export function sortOptions(options: VariableOption[], sort: number | undefined): VariableOption[] {
  if (!sort || sort < 1 || sort > 6) return options;
  const kind = Math.ceil(sort / 2);
  const key = (o: VariableOption): string | number => {
    if (kind === 2) {
      const digits = /.*?(\d+).*/.exec(o.text);
      return digits ? parseInt(digits[1]!, 10) : -1;
    }
    return kind === 3 ? o.text.toLowerCase() : o.text;
  };
  const sorted = [...options].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return sort % 2 === 0 ? sorted.reverse() : sorted;
}

/** Raw values to options: regex filter, unique by value, sorted. */
export function toOptions(values: VariableOption[], regexText: string | undefined, sort: number | undefined): VariableOption[] | { error: string } {
  let options = values;
  if (regexText) {
    const regex = variableRegex(regexText);
    if (!(regex instanceof RegExp)) return regex;
    options = values.flatMap((o) => applyRegex(o, regex) ?? []);
  }
  const seen = new Set<string>();
  const unique = options.filter((o) => !seen.has(o.value) && seen.add(o.value));
  return sortOptions(unique, sort);
}

/** A custom variable's query: `a,b,c`, `key : value` pairs, `\,` for a literal comma. */
export function parseCustomOptions(query: string): VariableOption[] {
  const parts = query.match(/(?:\\,|[^,])+/g) ?? [];
  return parts.map((part) => {
    const text = part.replace(/\\,/g, ',');
    const pair = /^\s*(.+)\s:\s(.+)$/.exec(text);
    if (pair) return { text: pair[1]!.trim(), value: pair[2]!.trim() };
    return { text: text.trim(), value: text.trim() };
  });
}
