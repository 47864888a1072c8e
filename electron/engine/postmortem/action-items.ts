import type { ActionItem } from './types';
import { ACTION_ITEM_TYPES } from './types';

/**
 * What an action item lacks (CONVENTIONS.md §6: one named owner, a type, a due date): "no title", "no owner",
 * "no type", "no due date", "due date 2026-13-01 is not a date (YYYY-MM-DD)". Empty when the item is complete.
 */
export function actionItemProblems(item: Partial<ActionItem>): string[] {
  const problems: string[] = [];
  if (text(item.title) === '') problems.push('no title');
  if (text(item.owner) === '') problems.push('no owner');
  const type = text(item.type);
  if (type === '') problems.push('no type');
  else if (!(ACTION_ITEM_TYPES as readonly string[]).includes(type)) problems.push(`type "${type}" is not one of ${ACTION_ITEM_TYPES.join(', ')}`);
  const due = text(item.due);
  if (due === '') problems.push('no due date');
  else if (!isIsoDate(due)) problems.push(`due date ${due} is not a date (YYYY-MM-DD)`);
  return problems;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). Pure: no clock, only arithmetic on the text. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** An item counts toward the rubric when someone owns it, it has a type and a real due date. */
export function isComplete(item: Partial<ActionItem>): boolean {
  return actionItemProblems(item).length === 0;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
