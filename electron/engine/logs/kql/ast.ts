/**
 * The KQL syntax tree, shaped like Kibana's kuery nodes (kbn-es-query `node_types`): `is`, `range`,
 * `and`, `or`, `not` and `nested` functions over literal and wildcard arguments. The parser keeps values
 * as text, as Kibana does; what a value means (keyword, text, number, date) is decided by the field at
 * match time.
 */

/** A literal argument. `quoted` marks a quoted string, which is matched as a phrase on text fields. */
export type KqlLiteral = { type: 'literal'; value: string; quoted: boolean };
/** An unquoted argument with unescaped `*`: the text between the wildcards (`ba*` → `['ba', '']`). */
export type KqlWildcard = { type: 'wildcard'; parts: string[] };
export type KqlValue = KqlLiteral | KqlWildcard;

export type RangeOp = 'gt' | 'gte' | 'lt' | 'lte';

export type KqlNode =
  /** `field:value`; `field` is null for free text. `field:*` is an exists query; `*:*` matches everything. */
  | { type: 'is'; field: KqlValue | null; value: KqlValue }
  | { type: 'range'; field: KqlValue; op: RangeOp; value: KqlValue }
  | { type: 'and'; children: KqlNode[] }
  | { type: 'or'; children: KqlNode[] }
  | { type: 'not'; child: KqlNode }
  /** `path:{ query }`: the query's field names are relative to `path`. */
  | { type: 'nested'; path: KqlValue; child: KqlNode };

export type KqlSyntaxError = { message: string; position: number };
export type ParseKqlResult = { ok: true; ast: KqlNode } | { ok: false; error: KqlSyntaxError };

/** The text a field argument names (a wildcard field joins its parts with `*`). */
export function valueText(v: KqlValue): string {
  return v.type === 'literal' ? v.value : v.parts.join('*');
}

/** Whether the argument is a lone `*`. */
export function isLoneWildcard(v: KqlValue | null): boolean {
  return v !== null && v.type === 'wildcard' && v.parts.length === 2 && v.parts[0] === '' && v.parts[1] === '';
}
