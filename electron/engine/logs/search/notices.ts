/** What a searcher should know about a query's fields: one no event holds, or a pattern no field fits, matches nothing. */
import type { KqlNode } from '../kql';
import { queryFields } from '../kql';
import type { LogStore } from '../store';

export function queryNotices(ast: KqlNode, store: LogStore): string[] {
  const held = [...store.fieldIndexes()].filter((f) => f.holders.length > 0);
  const names = held.map((f) => f.name);
  // Fields inside an array of objects are named under the array's field, which the store lists whole.
  const arrays = held.filter((f) => f.opaque).map((f) => `${f.name}.`);
  const notices: string[] = [];
  for (const field of queryFields(ast)) {
    if (field.wildcard) {
      const pattern = new RegExp(`^${field.name.split('*').map(escapeRegex).join('.*')}$`, 's');
      if (!names.some((n) => pattern.test(n))) notices.push(`No field matches “${field.name}” in the logs: it matches nothing`);
    } else if (!names.some((n) => n === field.name || n.startsWith(`${field.name}.`)) && !arrays.some((a) => field.name.startsWith(a))) {
      // A path to objects (`labels`) is held when a field under it is.
      notices.push(`Field “${field.name}” does not exist in the logs: it matches nothing`);
    }
  }
  return notices;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
