/** Ordering completion items against what was typed: prefix matches first, then substrings, then fuzzy. */

export type CompletionKind = 'metric' | 'function' | 'aggregation' | 'keyword' | 'label' | 'value' | 'duration';

/** One item of the popup: `label` is shown and matched; `insert` (default: label) is what accepting writes. */
export type Completion = { label: string; kind: CompletionKind; detail?: string; insert?: string };

/**
 * How well `label` matches `prefix`, lower is better; undefined when it does not match at all.
 * 0 exact, 1 prefix, 2 prefix ignoring case, 3 substring, 4+ subsequence from a word start (more scattered is worse).
 */
export function matchScore(prefix: string, label: string): number | undefined {
  if (prefix === '') return 1;
  if (label === prefix) return 0;
  if (label.startsWith(prefix)) return 1;
  const p = prefix.toLowerCase();
  const l = label.toLowerCase();
  if (l.startsWith(p)) return 2;
  if (l.includes(p)) return 3;
  // Fuzzy: the typed characters in order, the first at the start of a word part (`hrt` → http_requests_total),
  // so that two typed letters do not match every long name that happens to contain them.
  let first = -1;
  for (let i = l.indexOf(p[0]!); i >= 0; i = l.indexOf(p[0]!, i + 1)) {
    if (i === 0 || l[i - 1] === '_' || l[i - 1] === ':') {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  let from = first + 1;
  for (const c of p.slice(1)) {
    const found = l.indexOf(c, from);
    if (found < 0) return undefined;
    from = found + 1;
  }
  // The spread of the matched characters, relative to the label's length, orders fuzzy matches among themselves.
  return 4 + (from - first - p.length) / Math.max(1, l.length);
}

/**
 * The candidates that match `prefix`, best first (ties: shorter, then alphabetical), each label once per kind.
 * With nothing typed every candidate matches equally, and they keep the order given.
 */
export function rankCompletions(prefix: string, candidates: readonly Completion[]): Completion[] {
  const seen = new Set<string>();
  const scored: { item: Completion; score: number }[] = [];
  for (const item of candidates) {
    const key = `${item.kind}\u0000${item.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const score = matchScore(prefix, item.label);
    if (score !== undefined) scored.push({ item, score });
  }
  if (prefix !== '') scored.sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length || (a.item.label < b.item.label ? -1 : a.item.label > b.item.label ? 1 : 0));
  return scored.map((s) => s.item);
}
