import type { CompiledMatcher, MatchType } from '../../tsdb/matchers';
import { compileMatcher } from '../../tsdb/matchers';

/** Alertmanager label matchers (pkg/labels/parse.go), compiled with the anchored RE2 semantics of the TSDB. */
export type AmMatcher = CompiledMatcher;
export type LabelSet = Readonly<Record<string, string>>;

const MATCHER_RE = /^\s*([^\s=!~"]+|"(?:[^"\\]|\\.)*")\s*(=~|!~|!=|=)\s*(.*?)\s*$/s;

function unquote(s: string): string {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return JSON.parse(s) as string;
  return s;
}

/** One matcher in the string form `foo="bar"`, `foo=~"a|b"`, `foo!=x`; throws an Error naming the problem. */
export function parseMatcher(text: string): AmMatcher {
  const m = MATCHER_RE.exec(text);
  if (!m) throw new Error(`bad matcher format: ${text}`);
  let name: string;
  let value: string;
  try {
    name = unquote(m[1]!);
    value = unquote(m[3]!);
  } catch {
    throw new Error(`bad matcher format: ${text}`);
  }
  if (m[3]!.startsWith('"') !== m[3]!.endsWith('"') || (m[3]!.startsWith('"') && m[3]!.length < 2)) {
    throw new Error(`bad matcher format: ${text}`);
  }
  return compile(m[2] as MatchType, name, value);
}

/** Parses `{a="b", c=~"d"}` or a bare comma-separated list; a comma inside quotes stays in its value. */
export function parseMatchers(text: string): AmMatcher[] {
  let s = text.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted && c === '\\') {
      cur += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '') parts.push(cur);
  return parts.map(parseMatcher);
}

export function compile(type: MatchType, name: string, value: string): AmMatcher {
  try {
    return compileMatcher({ type, name, value });
  } catch (e) {
    throw new Error(`invalid regular expression ${JSON.stringify(value)}: ${(e as Error).message}`);
  }
}

export function matches(labels: LabelSet, matchers: readonly AmMatcher[]): boolean {
  for (const m of matchers) if (!m.matches(labels[m.name] ?? '')) return false;
  return true;
}

/** `{a="b", c=~"d"}` as Alertmanager's labels.Matchers String() prints it (used in route keys). */
export function matchersString(matchers: readonly AmMatcher[]): string {
  return `{${matchers.map((m) => `${m.name}${m.type}${JSON.stringify(m.value)}`).join(', ')}}`;
}

/** `{a="b", c="d"}` with names sorted, as model.LabelSet String() prints it. */
export function labelSetString(labels: LabelSet): string {
  const names = Object.keys(labels).sort();
  return `{${names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(', ')}}`;
}

const FNV_OFFSET = 14695981039346656037n;
const FNV_PRIME = 1099511628211n;
const MASK = (1n << 64n) - 1n;

/** model.LabelSet.Fingerprint: FNV-1a 64 over sorted name, 0xff, value, 0xff; as 16 hex digits. */
export function fingerprint(labels: LabelSet): string {
  let h = FNV_OFFSET;
  const add = (s: string) => {
    for (const b of new TextEncoder().encode(s)) h = ((h ^ BigInt(b)) * FNV_PRIME) & MASK;
    h = ((h ^ 0xffn) * FNV_PRIME) & MASK;
  };
  for (const n of Object.keys(labels).sort()) {
    add(n);
    add(labels[n]!);
  }
  return h.toString(16).padStart(16, '0');
}
