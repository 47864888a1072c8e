import type { Labels } from './store';
import { expandCaseFlags } from './re2-flags';

export type MatchType = '=' | '!=' | '=~' | '!~';

/** One label matcher, as PromQL writes it (`name="v"`, `name=~"re"`, …). Structurally the parser's LabelMatcher. */
export type LabelMatcher = { type: MatchType; name: string; value: string };

/** A matcher ready to test values: a missing label counts as the empty value, as in Prometheus. */
export type CompiledMatcher = LabelMatcher & {
  matches(value: string): boolean;
  /** Whether a series without the label matches (`{a=""}`, `{a!="x"}`, `{a=~".*"}`). */
  readonly matchesEmpty: boolean;
};

/** A regular expression that cannot be compiled; the message names it as Prometheus does. */
export class RegexError extends Error {
  override readonly name = 'RegexError';
}

const cache = new Map<string, RegExp>();

/**
 * Compiles an RE2-style pattern the way Prometheus 3.x anchors it: `^(?s:re)$` — the whole value must
 * match, and `.` matches a newline. Go's `(?P<name>…)` groups, a leading `(?i)`, and case-insensitive
 * groups anywhere (`(?i:…)`, `((?i)…)`) are translated, since JavaScript spells them differently.
 */
export function compileRegex(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let source = pattern.replace(/\(\?P</g, '(?<');
  let flags = 's';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1]!.includes('i')) flags += 'i';
    source = source.slice(leading[0].length);
  }
  source = expandCaseFlags(source);
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`, `${flags}u`);
  } catch {
    try {
      // Go accepts escapes of any punctuation (`\-`, `\_`), which unicode mode refuses.
      re = new RegExp(`^(?:${source})$`, flags);
    } catch (err) {
      throw new RegexError(`error parsing regexp: ${(err as Error).message}`);
    }
  }
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, re);
  return re;
}

export function compileMatcher(m: LabelMatcher): CompiledMatcher {
  let matches: (value: string) => boolean;
  switch (m.type) {
    case '=':
      matches = (v) => v === m.value;
      break;
    case '!=':
      matches = (v) => v !== m.value;
      break;
    case '=~': {
      const re = compileRegex(m.value);
      matches = (v) => re.test(v);
      break;
    }
    case '!~': {
      const re = compileRegex(m.value);
      matches = (v) => !re.test(v);
      break;
    }
  }
  return { ...m, matches, matchesEmpty: matches('') };
}

/** Whether a label set satisfies every matcher (a missing label has the empty value). */
export function matchesAll(labels: Labels, matchers: readonly CompiledMatcher[]): boolean {
  for (const m of matchers) if (!m.matches(labels[m.name] ?? '')) return false;
  return true;
}
