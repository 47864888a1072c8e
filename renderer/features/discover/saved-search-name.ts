/**
 * The name a search is saved under, checked as the back end will (`logs.saveSearch`: trimmed, 1–100
 * characters) and against the searches already saved, since saving under a taken name replaces that search.
 */
import type { SavedSearch } from '../../../electron/contract';

export const MAX_SEARCH_NAME = 100;

export type SearchNameCheck =
  | { ok: true; name: string; replaces: boolean }
  | { ok: false; reason: string };

/** Whether `typed` can be saved: its trimmed form, and whether it would replace a saved search of that name. */
export function checkSearchName(typed: string, saved: readonly SavedSearch[]): SearchNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, reason: 'Enter a name for the search' };
  if (name.length > MAX_SEARCH_NAME) return { ok: false, reason: `The name is ${name.length} characters long; use at most ${MAX_SEARCH_NAME}` };
  return { ok: true, name, replaces: saved.some((s) => s.name === name) };
}
