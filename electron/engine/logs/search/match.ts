/**
 * A KQL syntax tree evaluated over a time slice of the store to a bit set of matching positions. Leaves
 * whose meaning the indexes answer exactly — a keyword or number value, text terms and phrases, wildcards
 * over a field's dictionary, `field:*` (leaf-plan.ts) — are read from postings; free text is spelled out
 * per field; every other leaf (ranges, dates, ips, nested queries, fields holding values of several types)
 * is the KQL predicate of that leaf, run only over the positions still in question (holders of its field,
 * inside an `and` after its indexed siblings). The equivalence test (match.test.ts) checks that this never
 * changes what a query matches.
 */
import type { KqlNode } from '../kql';
import { compileKql, fieldValue, fieldValues, isLoneWildcard } from '../kql';
import type { LogStore } from '../store';
import { Bitset } from './bitset';
import type { LeafPlan } from './leaf-plan';
import { isPlan } from './leaf-plan';
import type { PostingsEntry } from './postings';
import { entryCount, forEachId } from './postings';

/** Positions [lo, hi) of the store; bit i of a result is position lo + i. */
export type Slice = { store: LogStore; lo: number; hi: number; nowMs: number };

/** The positions of the slice that match `node`. */
export function matchSlice(node: KqlNode, slice: Slice): Bitset {
  return evaluate(node, slice, undefined);
}

/** Matches of `node` among `within` (every position when undefined); never changes `within`. */
function evaluate(node: KqlNode, slice: Slice, within: Bitset | undefined): Bitset {
  switch (node.type) {
    case 'and': {
      let acc = within;
      for (const child of indexedFirst(node.children, slice)) acc = evaluate(child, slice, acc);
      return acc === within ? (within?.copy() ?? Bitset.full(slice.hi - slice.lo)) : acc!;
    }
    case 'or': {
      const result = new Bitset(slice.hi - slice.lo);
      for (const child of indexedFirst(node.children, slice)) {
        // A scanned child need not test what an earlier child already matched.
        const open = isIndexed(child, slice) ? within : (within?.copy() ?? Bitset.full(result.size)).andNot(result);
        result.or(evaluate(child, slice, open));
      }
      return result;
    }
    case 'not': {
      const matched = evaluate(node.child, slice, within);
      return (within?.copy() ?? Bitset.full(slice.hi - slice.lo)).andNot(matched);
    }
    default: {
      const perField = freeTextPerField(node, slice);
      if (perField) return evaluate(perField, slice, within);
      const indexed = indexedLeaf(node, slice);
      if (indexed) return within ? indexed.and(within) : indexed;
      return scan(node, slice, holdersOnly(node, slice, within));
    }
  }
}

/** Indexed children first: their sets are cheap, and they shrink what the scanned ones must test. */
function indexedFirst(children: readonly KqlNode[], slice: Slice): KqlNode[] {
  return [...children].sort((a, b) => Number(!isIndexed(a, slice)) - Number(!isIndexed(b, slice)));
}

/**
 * Free text as KQL reads it — the value against every field the event holds — spelled out as an `or` of
 * the same value on each field the store holds, so fields with indexes answer from them and only the
 * others are scanned. Only while every field is a flat scalar one: fields inside arrays of objects are
 * not in the store's field list.
 */
function freeTextPerField(node: KqlNode, slice: Slice): KqlNode | undefined {
  if (node.type !== 'is' || node.field !== null || isLoneWildcard(node.value) || !slice.store.flat) return undefined;
  const value = node.value;
  const fields = [...slice.store.fieldIndexes()].filter((f) => f.holders.length > 0);
  return { type: 'or', children: fields.map((f) => ({ type: 'is', field: { type: 'literal', value: f.name, quoted: false }, value })) };
}

/**
 * A value or range test on one named field can only match events holding a value there: the positions
 * in question narrowed to the field's holders (not for `field:*`, which also holds for paths to objects).
 */
function holdersOnly(node: KqlNode, slice: Slice, within: Bitset | undefined): Bitset | undefined {
  const named = (node.type === 'is' && !isLoneWildcard(node.value)) || node.type === 'range' ? node.field : null;
  if (named?.type !== 'literal') return within;
  const f = slice.store.field(named.value);
  if (!f || f.opaque) return within;
  const holders = union([f.holders], slice);
  return within ? holders.and(within) : holders;
}

function isIndexed(node: KqlNode, slice: Slice): boolean {
  if (node.type === 'and' || node.type === 'or') return node.children.every((c) => isIndexed(c, slice));
  if (node.type === 'not') return isIndexed(node.child, slice);
  return leafPlan(node, slice) !== undefined;
}

/** The predicate of `node` over the positions in question. */
function scan(node: KqlNode, slice: Slice, within: Bitset | undefined): Bitset {
  const match = compileKql(node, { nowMs: slice.nowMs });
  const events = slice.store.all();
  const result = new Bitset(slice.hi - slice.lo);
  if (within) {
    for (const i of within.ascending()) if (match(events[slice.lo + i]!)) result.set(i);
  } else {
    for (let i = 0; i < result.size; i++) if (match(events[slice.lo + i]!)) result.set(i);
  }
  return result;
}

function indexedLeaf(node: KqlNode, slice: Slice): Bitset | undefined {
  const plan = leafPlan(node, slice);
  if (!plan) return undefined;
  if (plan.kind === 'all') return Bitset.full(slice.hi - slice.lo);
  if (plan.kind === 'union') return union(plan.entries, slice);
  // A phrase: events holding every term, then checked for the terms in a row in one of the field's values.
  const rarest = [...plan.entries].sort((a, b) => entryCount(a) - entryCount(b));
  let acc = union([rarest[0]!], slice);
  for (const entry of rarest.slice(1)) acc = acc.and(union([entry], slice));
  const events = slice.store.all();
  const result = new Bitset(acc.size);
  for (const i of acc.ascending()) {
    const values = fieldValues(fieldValue(events[slice.lo + i]!, plan.field));
    if (values.some((v) => containsPhrase(slice.store.analyzed(String(v)), plan.terms))) result.set(i);
  }
  return result;
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

const memo = new WeakMap<KqlNode, { slice: Slice; plan: LeafPlan | undefined }>();

function leafPlan(node: KqlNode, slice: Slice): LeafPlan | undefined {
  const known = memo.get(node);
  if (known?.slice === slice) return known.plan;
  const plan = node.type === 'is' ? isPlan(node.field, node.value, slice.store, slice.nowMs) : undefined;
  memo.set(node, { slice, plan });
  return plan;
}

function union(entries: readonly PostingsEntry[], slice: Slice): Bitset {
  const set = new Bitset(slice.hi - slice.lo);
  const offset = slice.store.firstId + slice.lo;
  const last = slice.store.firstId + slice.hi - 1;
  for (const entry of entries) forEachId(entry, offset, last, (id) => set.set(id - offset));
  return set;
}
