/** Kibana Query Language: parse (with Kibana's syntax errors), compile to a predicate over ECS events, and analyse a query. */
export { parseKql } from './parse';
export { compileKql } from './compile';
export type { CompileKqlOptions, KqlPredicate } from './compile';
export { isLoneWildcard, valueText } from './ast';
export type { KqlLiteral, KqlNode, KqlSyntaxError, KqlValue, KqlWildcard, ParseKqlResult, RangeOp } from './ast';
export { analyze } from './analyze';
export { fieldType, mappedFieldType } from './fields';
export type { FieldType } from './fields';
export { fieldNames, fieldValue, fieldValues } from './event-fields';
export { parseDate, parseDateMath } from './date-math';
export type { DateMathOptions } from './date-math';
export { highlight } from './highlight';
export { queryFields } from './query-fields';
export type { QueryField } from './query-fields';
export { completionContext } from './complete';
export type { KqlCompletionContext, ReplaceSpan } from './complete';
export { printKql } from './print';
