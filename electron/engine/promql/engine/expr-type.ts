import type { BinaryExpr, Expr, VectorMatching } from '../parser/ast';

/** The static type of an expression: the parser's own type checker decides it. */
export { exprType } from '../parser/check';

const SET_OPS = new Set(['and', 'or', 'unless']);

/** The binary expression's vector matching, or the default a parser gives when none is written. */
export function matchingOf(e: BinaryExpr): VectorMatching {
  return e.matching ?? { card: SET_OPS.has(e.op) ? 'many-to-many' : 'one-to-one', matchingLabels: [], on: false, include: [] };
}

/** The expression with any parentheses around it removed. */
export function unwrapParens(e: Expr): Expr {
  while (e.type === 'ParenExpr') e = e.expr;
  return e;
}
