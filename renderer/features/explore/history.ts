/** Explore's query history: the last queries run, per scenario, newest first, each once. */

export const HISTORY_LIMIT = 50;

/** The localStorage key of a scenario's history. */
export const historyKey = (scenario: string) => `firedrill.explore.history.${scenario}`;

/** `history` with `expr` moved (or added) to the front, trimmed to `limit`. Blank queries are not kept. */
export function addToHistory(history: readonly string[], expr: string, limit = HISTORY_LIMIT): string[] {
  const query = expr.trim();
  if (query === '') return [...history];
  return [query, ...history.filter((q) => q !== query)].slice(0, limit);
}

/**
 * A stored history read defensively: anything but a JSON array of strings (a hand-edited or older value,
 * or storage that throws) gives what could be salvaged, never an exception.
 */
export function parseStoredHistory(raw: string | null | undefined, limit = HISTORY_LIMIT): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter((q): q is string => typeof q === 'string').reduceRight<string[]>((kept, q) => addToHistory(kept, q, limit), []);
}
