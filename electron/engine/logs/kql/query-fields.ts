/** The fields a query names, so a search can tell the learner that a field it cannot find matches nothing. */
import type { KqlNode, KqlValue } from './ast';
import { isLoneWildcard, valueText } from './ast';

/** A field a query names: the full dotted name (nested paths prefixed), and whether it is a `*` pattern. */
export type QueryField = { name: string; wildcard: boolean };

/**
 * Every field the query names, once each, in order of appearance. Free text names none, nor does a lone
 * `*` (all fields: `*:*`, the empty query); a nested query's path is a prefix of the names inside it
 * rather than a field of its own.
 */
export function queryFields(ast: KqlNode): QueryField[] {
  const out = new Map<string, QueryField>();
  const add = (field: KqlValue, prefix: string): void => {
    if (isLoneWildcard(field)) return;
    const f = { name: prefix + valueText(field), wildcard: field.type === 'wildcard' };
    out.set(`${f.wildcard}:${f.name}`, f);
  };
  const walk = (node: KqlNode, prefix: string): void => {
    switch (node.type) {
      case 'and':
      case 'or':
        return node.children.forEach((c) => walk(c, prefix));
      case 'not':
        return walk(node.child, prefix);
      case 'nested':
        return walk(node.child, `${prefix}${valueText(node.path)}.`);
      case 'is':
        if (node.field !== null) add(node.field, prefix);
        return;
      case 'range':
        return add(node.field, prefix);
    }
  };
  walk(ast, '');
  return [...out.values()];
}
