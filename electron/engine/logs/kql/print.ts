/**
 * A syntax tree printed back as KQL the way Kibana's node `toKqlExpression` writes it: every `and`/`or`
 * parenthesised with upper-case keywords, `field: value`, `field >= value`, `path: { query }`, phrases
 * quoted, and the characters and keywords the grammar would read specially escaped in unquoted values.
 */
import type { KqlNode, KqlValue, RangeOp } from './ast';

const RANGE_SYMBOLS: Record<RangeOp, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** The query as KQL text that parses back to the same tree. */
export function printKql(node: KqlNode): string {
  switch (node.type) {
    case 'and':
      return `(${node.children.map(printKql).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(printKql).join(' OR ')})`;
    case 'not':
      return `NOT ${printKql(node.child)}`;
    case 'nested':
      return `${printValue(node.path)}: { ${printKql(node.child)} }`;
    case 'is':
      return node.field === null ? printValue(node.value) : `${printValue(node.field)}: ${printValue(node.value)}`;
    case 'range':
      return `${printValue(node.field)} ${RANGE_SYMBOLS[node.op]} ${printValue(node.value)}`;
  }
}

function printValue(v: KqlValue): string {
  if (v.type === 'wildcard') return v.parts.map(escapeUnquoted).join('*');
  // An empty unquoted value (only escaped whitespace, trimmed away) has no unquoted spelling; `""` means the same.
  if (v.quoted || v.value === '') return `"${v.value.replace(/[\\"]/g, '\\$&').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
  return escapeUnquoted(v.value);
}

/** Escapes what an unquoted literal cannot hold plainly: specials, whitespace escapes, and `and`/`or` between spaces and `not` before one (as Kibana's escapeKuery, but see below). */
function escapeUnquoted(text: string): string {
  return text
    .replace(/[\\():<>"*{}]/g, '\\$&')
    // The printer puts spaces around values, so a keyword at either end of one counts as spaced too.
    .replace(/(^|\s)(and|or)(?=\s|$)/gi, '$1\\$2')
    // Kibana writes `\not`, which its own grammar reads back as a newline and `ot`; a \u escape of the `n` is safe.
    .replace(/n(?=ot(?:\s|$))/gi, (n) => `\\u${n.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
}
