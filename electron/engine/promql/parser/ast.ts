/**
 * The PromQL syntax tree, named as in Prometheus's promql/parser/ast.go so a reader of that code feels at home.
 * Every node carries its position range in the query text (UTF-16 offsets, end exclusive).
 */

export type PositionRange = { start: number; end: number };

/** What an expression evaluates to. */
export type ValueType = 'vector' | 'scalar' | 'matrix' | 'string';

export type MatchType = '=' | '!=' | '=~' | '!~';

/** One label matcher; regex matchers are fully anchored, as in Prometheus. */
export type LabelMatcher = { type: MatchType; name: string; value: string };

/** `@ <time>`, `@ start()` or `@ end()` on a selector or subquery. */
export type AtModifier = { timestamp?: number; startOrEnd?: 'start' | 'end' };

export type VectorSelector = {
  type: 'VectorSelector';
  /** The metric name when written before the braces (also present as a `__name__` matcher). */
  name?: string;
  matchers: LabelMatcher[];
  /** `offset` in milliseconds (negative allowed). */
  offset: number;
  at?: AtModifier;
  pos: PositionRange;
};

export type MatrixSelector = {
  type: 'MatrixSelector';
  /** The selector; `offset` and `@` written after the range (`x[5m] offset 1h`) are kept on it, as in Prometheus. */
  vectorSelector: VectorSelector;
  /** The range in milliseconds. */
  range: number;
  pos: PositionRange;
};

export type SubqueryExpr = {
  type: 'SubqueryExpr';
  expr: Expr;
  range: number;
  /** The resolution in milliseconds; 0 means the default evaluation interval (1m). */
  step: number;
  offset: number;
  at?: AtModifier;
  pos: PositionRange;
};

export type AggregateOp = 'sum' | 'avg' | 'min' | 'max' | 'count' | 'group' | 'stddev' | 'stdvar' | 'topk' | 'bottomk' | 'quantile' | 'count_values';

export type AggregateExpr = {
  type: 'AggregateExpr';
  op: AggregateOp;
  expr: Expr;
  /** The parameter of topk, bottomk, quantile and count_values. */
  param?: Expr;
  grouping: string[];
  without: boolean;
  pos: PositionRange;
};

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '^' | 'atan2'
  | '==' | '!=' | '>' | '<' | '>=' | '<='
  | 'and' | 'or' | 'unless';

export type VectorMatchCardinality = 'one-to-one' | 'many-to-one' | 'one-to-many' | 'many-to-many';

/** How two vectors' elements are paired (`on`/`ignoring`, `group_left`/`group_right`). */
export type VectorMatching = {
  card: VectorMatchCardinality;
  matchingLabels: string[];
  /** true for `on(...)`, false for `ignoring(...)` (or no clause). */
  on: boolean;
  /** Extra labels taken from the "one" side with group_left/group_right. */
  include: string[];
};

export type BinaryExpr = {
  type: 'BinaryExpr';
  op: BinaryOp;
  lhs: Expr;
  rhs: Expr;
  /** Present when both sides are vectors. */
  matching?: VectorMatching;
  /** The `bool` modifier on a comparison. */
  returnBool: boolean;
  pos: PositionRange;
};

export type Call = { type: 'Call'; func: string; args: Expr[]; pos: PositionRange };

/** A number; a duration written as a value (`time() - 5m`) is its seconds (300), and a sign is folded in (`-1`). */
export type NumberLiteral = { type: 'NumberLiteral'; val: number; pos: PositionRange };

/** A string, unescaped as Go does; a byte that is not valid UTF-8 (`"\xff"`) is kept as U+DC00+byte (see quote.ts). */
export type StringLiteral = { type: 'StringLiteral'; val: string; pos: PositionRange };

export type ParenExpr = { type: 'ParenExpr'; expr: Expr; pos: PositionRange };

export type UnaryExpr = { type: 'UnaryExpr'; op: '-' | '+'; expr: Expr; pos: PositionRange };

export type Expr =
  | AggregateExpr
  | BinaryExpr
  | Call
  | MatrixSelector
  | NumberLiteral
  | ParenExpr
  | StringLiteral
  | SubqueryExpr
  | UnaryExpr
  | VectorSelector;
