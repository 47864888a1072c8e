/**
 * KQL syntax trees compiled to predicates over ECS events, matching as Elasticsearch answers the query
 * Kibana builds from each node (see leaf.ts for one value against one field type). Free text searches
 * every field the event holds (Kibana's `index.query.default_field` is `*`, queried leniently); `field:*`
 * is exists; `*:*`, a lone `*` and the empty query match everything; `path:{ query }` must match within
 * one object of `path`.
 */
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { KqlNode, KqlValue } from './ast';
import { isLoneWildcard, valueText } from './ast';
import { subDocuments } from './event-fields';
import type { LeafOptions } from './leaf';
import { isTest, rangeTest } from './leaf';
import type { Scope } from './scope';
import { anyMatches, exists, fieldResolver, rootScope } from './scope';

/** A compiled query: whether one event matches. */
export type KqlPredicate = (event: EcsEvent) => boolean;
/** Options for compiling: `nowMs` is what date math's `now` means (without it, `now` matches nothing). */
export type CompileKqlOptions = LeafOptions;

/** A compiled query over one document in scope (the event, or an object of a nested path). */
export type ScopePredicate = (scope: Scope) => boolean;

/** Compile a parsed query to a predicate. Never throws; a value a field cannot read matches nothing there. */
export function compileKql(ast: KqlNode, options: CompileKqlOptions = {}): KqlPredicate {
  const predicate = compile(ast, options);
  return (event) => predicate(rootScope(event as unknown as Scope['doc']));
}

/** Compile a query to a predicate over a scope (for walking nested queries, as highlighting does). */
export function compile(node: KqlNode, options: LeafOptions): ScopePredicate {
  switch (node.type) {
    case 'and': {
      const children = node.children.map((c) => compile(c, options));
      return (s) => children.every((c) => c(s));
    }
    case 'or': {
      const children = node.children.map((c) => compile(c, options));
      return (s) => children.some((c) => c(s));
    }
    case 'not': {
      const child = compile(node.child, options);
      return (s) => !child(s);
    }
    case 'nested': {
      const path = valueText(node.path);
      const child = compile(node.child, options);
      return (s) => nestedScopes(s, path).some(child);
    }
    case 'is':
      return compileIs(node.field, node.value, options);
    case 'range': {
      const fields = fieldResolver(node.field);
      const test = rangeTest(node.op, node.value, options);
      return (s) => anyMatches(s, fields(s), test);
    }
  }
}

function compileIs(field: KqlValue | null, value: KqlValue, options: LeafOptions): ScopePredicate {
  if (isLoneWildcard(value) && (field === null || isLoneWildcard(field))) return () => true;
  const fields = fieldResolver(field);
  if (isLoneWildcard(value)) return (s) => exists(s, fields(s));
  const test = isTest(value, options);
  return (s) => anyMatches(s, fields(s), test);
}

/** The scopes a nested query's path opens: each object it holds, its names prefixed with the path. */
export function nestedScopes(scope: Scope, path: string): Scope[] {
  return subDocuments(scope.doc, path, scope.keyPrefix).map((d) => ({ doc: d.doc, prefix: `${scope.prefix}${path}.`, keyPrefix: d.keyPrefix }));
}
