/** Kibana Query Language: parse (with Kibana's syntax errors) and compile to a predicate over ECS events. */
export { parseKql } from './parse';
export { compileKql, DEFAULT_FIELD } from './compile';
export type { KqlPredicate } from './compile';
export { isLoneWildcard, valueText } from './ast';
export type { KqlLiteral, KqlNode, KqlSyntaxError, KqlValue, KqlWildcard, ParseKqlResult, RangeOp } from './ast';
export { analyze } from './analyze';
export { fieldType, fieldValue, fieldValues } from './fields';
export type { FieldType } from './fields';
