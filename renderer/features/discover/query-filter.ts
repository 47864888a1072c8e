/**
 * Discover's "filter for value" / "filter out value" as KQL appended to the applied query (Kibana adds a
 * filter pill instead; here the query text is the one place a search lives, so the learner sees it).
 */

/** A value as a KQL quoted string: inside quotes only `"` and `\` need escaping (CONVENTIONS §1, case 30). */
export function quoteKql(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Whether the query has an `or` outside any parentheses, braces or quotes: appending `and …` to it would
 * bind to the last operand only (and binds tighter than or), so it needs parentheses first.
 */
export function hasTopLevelOr(query: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c) && /^\s+or\s/i.test(query.slice(i))) return true;
  }
  return false;
}

/** The query narrowed to (or excluding) events whose field has the value; an empty query becomes the filter alone. */
export function appendFilter(query: string, field: string, value: string, negate: boolean): string {
  const filter = `${negate ? 'not ' : ''}${field}:${quoteKql(value)}`;
  const current = query.trim();
  if (current === '') return filter;
  return `${hasTopLevelOr(current) ? `(${current})` : current} and ${filter}`;
}
