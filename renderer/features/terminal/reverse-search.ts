import type { EditState } from './edit-actions';
import type { History } from './history';
import type { LineView } from './screen-line';

/**
 * Ctrl-R's incremental search as bash shows it: `(reverse-i-search)`query': match`, with the cursor on the
 * match; `failed` when the query matches nothing older, keeping the last match on screen.
 */
export class ReverseSearch {
  private query = '';
  /** Index of the shown history entry; `history.size` before the first match. */
  private match: number;
  private failed = false;
  shown: EditState;

  constructor(
    private readonly history: History,
    readonly original: EditState,
  ) {
    this.match = history.size;
    this.shown = original;
  }

  view(): LineView {
    return { prompt: `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `, ...this.shown };
  }

  /** A typed character narrows the search, starting from the current match. */
  type(text: string): void {
    this.query += text;
    this.find(this.match);
  }

  /** Ctrl-R again: the next older match. */
  older(): void {
    if (this.query !== '') this.find(this.match - 1);
  }

  /** Backspace shortens the query and searches again from the newest entry. */
  erase(): void {
    this.query = [...this.query].slice(0, -1).join('');
    if (this.query === '') this.failed = false;
    else this.find(this.history.size - 1);
  }

  private find(from: number): void {
    const found = this.history.search(this.query, from);
    this.failed = found === undefined;
    if (found === undefined) return;
    const text = this.history.entry(found)!;
    this.match = found;
    this.shown = { text, cursor: text.lastIndexOf(this.query) };
  }
}
