/**
 * KQL syntax trees compiled to predicates over ECS events, matching as Elasticsearch does for the query
 * Kibana builds from each node: keyword fields exactly (case-sensitive, `*` wildcards), text fields after
 * analysis (any term for an unquoted value, the consecutive terms for a quoted phrase), numbers and dates
 * by value, `field:*` as exists, ranges by the field's type. Free text searches `message`.
 */
import type { EcsEvent } from '../../sim/outputs/ecs';
import { analyze } from './analyze';
import type { KqlNode, KqlValue, RangeOp } from './ast';
import { isLoneWildcard, valueText } from './ast';
import type { FieldType } from './fields';
import { fieldNames, fieldType, fieldValue, fieldValues } from './fields';

/** A compiled query: whether one event matches. */
export type KqlPredicate = (event: EcsEvent) => boolean;
type ValueTest = (type: FieldType, value: unknown) => boolean;

/** The field free text is matched against (Kibana's `index.query.default_field`, here one field). */
export const DEFAULT_FIELD = 'message';

/** Compile a parsed query to a predicate. */
export function compileKql(ast: KqlNode): KqlPredicate {
  return compile(ast, '');
}

function compile(node: KqlNode, prefix: string): KqlPredicate {
  switch (node.type) {
    case 'and': {
      const children = node.children.map((c) => compile(c, prefix));
      return (e) => children.every((c) => c(e));
    }
    case 'or': {
      const children = node.children.map((c) => compile(c, prefix));
      return (e) => children.some((c) => c(e));
    }
    case 'not': {
      const child = compile(node.child, prefix);
      return (e) => !child(e);
    }
    case 'nested':
      return compile(node.child, `${prefix}${valueText(node.path)}.`);
    case 'is':
      return compileIs(node.field, node.value, prefix);
    case 'range':
      return onFields(fieldsOf(node.field, prefix), rangeTest(node.op, valueText(node.value)));
  }
}

function compileIs(field: KqlValue | null, value: KqlValue, prefix: string): KqlPredicate {
  if (isLoneWildcard(value) && (field === null || isLoneWildcard(field))) return () => true;
  const fields = field === null ? () => [DEFAULT_FIELD] : fieldsOf(field, prefix);
  if (isLoneWildcard(value)) return (e) => fields(e).some((name) => fieldValues(fieldValue(e, name)).length > 0);
  return onFields(fields, value.type === 'literal' ? literalTest(value.value, value.quoted) : wildcardTest(value.parts));
}

/** The field names a field argument stands for in one event: itself, or every field its wildcard matches. */
function fieldsOf(field: KqlValue, prefix: string): (e: EcsEvent) => string[] {
  if (field.type === 'literal') {
    const names = [prefix + field.value];
    return () => names;
  }
  const pattern = new RegExp(`^${escapeRegex(prefix)}${field.parts.map(escapeRegex).join('.*')}$`, 's');
  return (e) => fieldNames(e).filter((n) => pattern.test(n));
}

function onFields(fields: (e: EcsEvent) => string[], test: ValueTest): KqlPredicate {
  return (e) => fields(e).some((name) => fieldValues(fieldValue(e, name)).some((v) => test(fieldType(name, v), v)));
}

function literalTest(text: string, quoted: boolean): ValueTest {
  const terms = analyze(text);
  const termSet = new Set(terms);
  const number = numberLiteral(text);
  const date = Date.parse(text);
  return (type, value) => {
    switch (type) {
      case 'keyword':
        return String(value) === text;
      case 'number':
        return number !== undefined && Number(value) === number;
      case 'date':
        return !Number.isNaN(date) && Date.parse(String(value)) === date;
      case 'text': {
        if (terms.length === 0) return false;
        const tokens = analyze(String(value));
        return quoted ? containsPhrase(tokens, terms) : tokens.some((t) => termSet.has(t));
      }
    }
  };
}

/** Wildcards match whole keyword values, or single terms of text values (lower-cased, as the analyzer's normalizer does). */
function wildcardTest(parts: string[]): ValueTest {
  const exact = new RegExp(`^${parts.map(escapeRegex).join('.*')}$`, 's');
  const folded = new RegExp(`^${parts.map((p) => escapeRegex(p.toLowerCase())).join('.*')}$`, 's');
  return (type, value) => {
    if (type === 'keyword') return exact.test(String(value));
    if (type === 'text') return analyze(String(value)).some((t) => folded.test(t));
    return false;
  };
}

function rangeTest(op: RangeOp, bound: string): ValueTest {
  const number = numberLiteral(bound);
  const date = Date.parse(bound);
  return (type, value) => {
    switch (type) {
      case 'number':
        return number !== undefined && compare(Number(value), op, number);
      case 'date':
        return !Number.isNaN(date) && compare(Date.parse(String(value)), op, date);
      case 'keyword':
        return compare(String(value), op, bound);
      case 'text':
        return analyze(String(value)).some((t) => compare(t, op, bound));
    }
  };
}

function compare<T extends number | string>(a: T, op: RangeOp, b: T): boolean {
  if (typeof a === 'number' && Number.isNaN(a)) return false;
  return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
}

function containsPhrase(tokens: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((t, j) => tokens[i + j] === t)) return true;
  }
  return false;
}

/** A number as Elasticsearch parses one for a numeric field; undefined when the text is not a number. */
function numberLiteral(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
