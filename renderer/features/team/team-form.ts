import type { Participant, Role } from '../../../electron/contract';
import { ROLE_LIST } from '../incident/contract-lists';

/**
 * The team form's rows and what they send. The contract's team rules (2–8 people, names unique ignoring case) are
 * checked by the back end, whose refusal the form shows beside the field it names; here only the row count is kept
 * within bounds, so the buttons never offer a team the contract cannot take.
 */

/** The contract's bounds on a team (not exported as values by the contract, so restated; its schema has the rule). */
export const TEAM_MIN = 2;
export const TEAM_MAX = 8;

/** A row of the form: `key` keeps React's identity for a row when the rows above it are removed. */
export type TeamRow = { key: number; name: string; role: Role };

/** A new team: two empty names, as incident commander and communications lead. */
export function initialRows(): TeamRow[] {
  return [
    { key: 0, name: '', role: 'ic' },
    { key: 1, name: '', role: 'comms' },
  ];
}

/** Adds a row in the first role nobody holds yet (roles may repeat once all four are taken); at most TEAM_MAX rows. */
export function addRow(rows: readonly TeamRow[]): TeamRow[] {
  if (rows.length >= TEAM_MAX) return [...rows];
  const held = new Set(rows.map((r) => r.role));
  const role = ROLE_LIST.find((r) => !held.has(r)) ?? 'ops';
  const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
  return [...rows, { key, name: '', role }];
}

/** Removes a row; a team never drops below TEAM_MIN rows. */
export function removeRow(rows: readonly TeamRow[], key: number): TeamRow[] {
  return rows.length <= TEAM_MIN ? [...rows] : rows.filter((r) => r.key !== key);
}

/** Changes one row. */
export function updateRow(rows: readonly TeamRow[], key: number, change: Partial<Omit<TeamRow, 'key'>>): TeamRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...change } : r));
}

/** What `drill.start` receives: the participants in the form's order (the first acts first), names as typed. */
export function teamOf(rows: readonly TeamRow[]): Participant[] {
  return rows.map((r) => ({ name: r.name, role: r.role }));
}

/** The contract's field path of a row's field, as a refusal names it ("team.1.name"). */
export function rowField(index: number, field: 'name' | 'role'): string {
  return `team.${index}.${field}`;
}

/** Every field path the rows have, so a refusal naming none of them is shown at the form's foot. */
export function rowFields(rows: readonly TeamRow[]): string[] {
  return rows.flatMap((_, i) => [rowField(i, 'name'), rowField(i, 'role')]);
}
