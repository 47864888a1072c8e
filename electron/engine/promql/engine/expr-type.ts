import type { BinaryExpr, Expr, ValueType, VectorMatching } from '../parser/ast';
import { FUNCTIONS } from '../parser/functions';

/** The static type of an expression, as the parser's type checker assigns it. */
export function exprType(e: Expr): ValueType {
  switch (e.type) {
    case 'NumberLiteral':
      return 'scalar';
    case 'StringLiteral':
      return 'string';
    case 'VectorSelector':
    case 'AggregateExpr':
      return 'vector';
    case 'MatrixSelector':
    case 'SubqueryExpr':
      return 'matrix';
    case 'Call':
      return FUNCTIONS.get(e.func)?.returnType ?? 'vector';
    case 'ParenExpr':
    case 'UnaryExpr':
      return exprType(e.expr);
    case 'BinaryExpr':
      return exprType(e.lhs) === 'scalar' && exprType(e.rhs) === 'scalar' ? 'scalar' : 'vector';
  }
}

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
