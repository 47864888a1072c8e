import type { Labels } from './store';
import { compileAnchoredRegex } from './re2';
export { RegexError } from './re2';

export type MatchType = '=' | '!=' | '=~' | '!~';

/** One label matcher, as PromQL writes it (`name="v"`, `name=~"re"`, …). Structurally the parser's LabelMatcher. */
export type LabelMatcher = { type: MatchType; name: string; value: string };

/** A matcher ready to test values: a missing label counts as the empty value, as in Prometheus. */
export type CompiledMatcher = LabelMatcher & {
  matches(value: string): boolean;
  /** Whether a series without the label matches (`{a=""}`, `{a!="x"}`, `{a=~".*"}`). */
  readonly matchesEmpty: boolean;
};

const cache = new Map<string, RegExp>();

/**
 * Compiles an RE2 pattern the way Prometheus 3.x anchors it: the whole value must match and `.` matches a
 * newline. The RE2 → JavaScript translation (scoped flags, Go's classes, `\Q…\E`) lives in `re2.ts`, shared
 * with the parser so a query that parses also compiles.
 */
export function compileRegex(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const re = compileAnchoredRegex(pattern);
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
