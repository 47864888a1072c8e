import type { CommandContext, Follow } from '../../types';
import type { Scope } from './cluster';
import type { Kind, Listed } from './kinds';

/** The rows a watch compares: every column but the ages, which change on their own. */
function signature(header: readonly string[], row: readonly string[]): string {
  return row.filter((_, i) => header[i] !== 'AGE' && header[i] !== 'LAST SEEN').join('\t');
}

/** Pads cells to the columns of the table printed first, so watched rows line up under its header (a longer cell pushes the rest along, as it does in kubectl). */
function columnsOf(table: readonly (readonly string[])[]): (row: readonly string[]) => string {
  const widths: number[] = [];
  for (const row of table) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length + 3)));
  return (row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max(widths[i] ?? 0, cell.length + 3)))).join('');
}

/**
 * `kubectl get -w`: after the table, one row each time an object appears or its row changes (ages aside),
 * as the API server's watch sends them. It never ends by itself.
 */
export function watchRows(list: (context: CommandContext) => Listed[], header: readonly string[], withNamespace: boolean, initial: Listed[]): Follow {
  const rowOf = (item: Listed) => (withNamespace ? [item.namespace!, ...item.row(false)] : item.row(false));
  const keyOf = (item: Listed) => `${item.namespace ?? ''}/${item.name}`;
  const seen = new Map(initial.map((item) => [keyOf(item), signature(header, rowOf(item))]));
  const format = columnsOf([header, ...initial.map(rowOf)]);
  return {
    next(now) {
      const changed: string[] = [];
      for (const item of list(now)) {
        const row = rowOf(item);
        const sig = signature(header, row);
        if (seen.get(keyOf(item)) === sig) continue;
        seen.set(keyOf(item), sig);
        changed.push(format(row));
      }
      return { text: changed.map((line) => `${line}\n`).join(''), done: false };
    },
  };
}

/** What a watch of this kind lists each time it is asked. */
export function watchedList(kind: Kind, scope: Scope, keep: (item: Listed) => boolean): (context: CommandContext) => Listed[] {
  return (context) => kind.list(context, scope).filter(keep);
}
