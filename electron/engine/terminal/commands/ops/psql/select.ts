import type { Relation, Row, Value } from './catalog';
import type { ResultSet } from './pg-format';
import { compare, condition, expression, pgSeconds, splitTop } from './sql-expr';
import type { Evaluation, Expr, SqlError } from './sql-expr';

/**
 * A small SELECT over one system view: `SELECT items FROM view [WHERE a AND b] [GROUP BY col] [ORDER BY x
 * [DESC]] [LIMIT n]`, where an item is a column, `*`, `count(*)`, `now() - col`, `left(col, n)` or a
 * backend-signalling call such as `pg_terminate_backend(pid)`. Not a SQL engine: the shapes on-call
 * engineers type against pg_stat_activity and pg_locks.
 */

const SELECT = /^select\s+(.+?)\s+from\s+(?:pg_catalog\.)?([a-z_][a-z0-9_]*)(?:\s+where\s+(.+?))?(?:\s+group\s+by\s+(.+?))?(?:\s+order\s+by\s+(.+?))?(?:\s+limit\s+(\d+))?$/is;

function text(v: Value): string | null {
  return v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
}

/** Whether `sql` has the SELECT … FROM shape (else the statement table tries the others). */
export function isSelectFrom(sql: string): boolean {
  return SELECT.test(sql);
}

/** Runs a SELECT … FROM over the relation `lookup` gives; a SqlError for unknown relations and columns. */
export function runSelect(sql: string, lookup: (name: string) => Relation | undefined, env: Evaluation): ResultSet | SqlError {
  const m = SELECT.exec(sql)!;
  const [, itemsText, relName, whereText, groupText, orderText, limitText] = m;
  const rel = lookup(relName!.toLowerCase());
  if (!rel) return { message: `relation "${relName}" does not exist`, at: sql.toLowerCase().indexOf(relName!.toLowerCase(), sql.toLowerCase().search(/\bfrom\b/)) };
  const items: Expr[] = [];
  for (const item of splitTop(itemsText!)) {
    if (item === '*') {
      for (const c of rel.columns) items.push({ name: c, numeric: rel.numeric.has(c), eval: (row) => row[c] ?? null });
      continue;
    }
    const aliased = /^(.+?)\s+(?:as\s+)?([a-z_][a-z0-9_]*)$/is.exec(item);
    const hasAlias = aliased && !/^(is|null|desc|asc)$/i.test(aliased[2]!) && !/\($/.test(aliased[1]!);
    const e = expression(hasAlias ? aliased[1]! : item, rel, sql, env);
    if ('message' in e) return e;
    items.push(hasAlias ? { ...e, name: aliased[2]!.toLowerCase() } : e);
  }
  let rows = rel.rows;
  for (const term of whereText ? splitTop(whereText.replace(/\s+and\s+/gi, '\u0000'), '\u0000') : []) {
    const predicate = condition(term, rel, sql, env);
    if ('message' in predicate) return predicate;
    rows = rows.filter(predicate);
  }
  const orders = orderText ? splitTop(orderText).map((o) => /^(.+?)(?:\s+(asc|desc))?$/is.exec(o)!) : [];
  // Sort keys: a selected item by alias or position, else any expression over the row.
  const keys: { value(row: Value[], source: Row | undefined): Value; sign: number }[] = [];
  for (const [, keyText, dir] of orders) {
    const key = keyText!.trim();
    const sign = dir?.toLowerCase() === 'desc' ? -1 : 1;
    const at = /^\d+$/.test(key) ? Number(key) - 1 : items.findIndex((i) => i.name === key.toLowerCase());
    if (at >= 0 && at < items.length) keys.push({ value: (row) => row[at]!, sign });
    else if (/^\d+$/.test(key)) return { message: `ORDER BY position ${key} is not in select list`, at: sql.lastIndexOf(key) };
    else {
      const e = expression(key, rel, sql, env);
      if ('message' in e) return e;
      keys.push({ value: (_row, source) => (source ? e.eval(source) : null), sign });
    }
  }
  let table: { row: Value[]; source?: Row }[];
  if (items.some((i) => i.aggregate)) {
    const groupKeys = groupText ? splitTop(groupText).map((g) => expression(g, rel, sql, env)) : [];
    const bad = groupKeys.find((k): k is SqlError => 'message' in k);
    if (bad) return bad;
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const key = JSON.stringify((groupKeys as Expr[]).map((k) => k.eval(row)));
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    if (!groupText && groups.size === 0) groups.set('[]', []);
    table = [...groups.values()].map((group) => ({ row: items.map((i) => (i.aggregate ? group.length : i.eval(group[0]!))), source: group[0] }));
  } else {
    // As in Postgres, the select list is computed before a sort (a signalling call hits every row that
    // matched), but without ORDER BY a LIMIT stops the scan first.
    const scanned = keys.length === 0 && limitText ? rows.slice(0, Number(limitText)) : rows;
    table = scanned.map((source) => ({ row: items.map((i) => i.eval(source)), source }));
  }
  table = sortRows(table, keys);
  if (limitText) table = table.slice(0, Number(limitText));
  return { columns: items.map((i) => i.name), numeric: items.map((i) => i.numeric), rows: table.map((r) => r.row.map(text)) };
}

const sortKey = (v: Value) => (typeof v === 'string' && /^(\d+ days? )?-?\d+:\d\d:\d\d/.test(v) ? pgSeconds(v) : v);

function sortRows<T extends { row: Value[]; source?: Row }>(table: T[], keys: readonly { value(row: Value[], source: Row | undefined): Value; sign: number }[]): T[] {
  if (keys.length === 0) return table;
  return [...table].sort((a, b) => {
    for (const k of keys) {
      const x = sortKey(k.value(a.row, a.source));
      const y = sortKey(k.value(b.row, b.source));
      // Postgres puts nulls last ascending, first descending.
      const c = x === null || y === null ? (x === y ? 0 : x === null ? 1 : -1) : compare(x, y) * k.sign;
      if (c !== 0) return c;
    }
    return 0;
  });
}
