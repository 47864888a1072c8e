/** Builds a name → item table from a list, refusing a name registered twice (tables keyed by name, not switches). */
export function tableByName<T>(list: readonly T[], nameOf: (item: T) => string, what: string): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const item of list) {
    const name = nameOf(item);
    if (table.has(name)) throw new Error(`${what} "${name}" registered twice`);
    table.set(name, item);
  }
  return table;
}
