import { completionStep, formatColumns } from './completion';
import { EDIT_ACTIONS, insert } from './edit-actions';
import type { EditState } from './edit-actions';
import { History } from './history';
import { isPrintable, keyName } from './keys';
import type { KeyName } from './keys';
import { ReverseSearch } from './reverse-search';
import { draw, redraw, toEnd } from './screen-line';
import type { LineView } from './screen-line';

/** What the terminal should do after a key: write bytes, run a line, ask for completions, or drop the line (Ctrl-C). */
export type EditorEffect =
  | { type: 'write'; text: string }
  | { type: 'submit'; line: string }
  | { type: 'complete'; line: string; cursor: number }
  | { type: 'cancel' };

const CLEAR_SCREEN = '\x1b[H\x1b[2J';
const EMPTY: EditState = { text: '', cursor: 0 };

/** How a line starts: `printed` when the prompt is already on screen (a question's text), `record` to keep it in history. */
export type LineOptions = { printed?: boolean; record?: boolean };

/**
 * A readline for one prompt at a time: `begin` starts a line, `key` takes one key (see splitKeys) and answers
 * effects; the line ends with a submit or cancel effect, after which keys are ignored until the next `begin`.
 * Pure: it writes nothing itself, so it is tested without a terminal.
 */
export class LineEditor {
  readonly history = new History();
  private state: EditState = EMPTY;
  private prompt = '';
  private active = false;
  private record = true;
  private search: ReverseSearch | undefined;
  private killed = '';
  private tabs = 0;
  private readonly commands: Partial<Record<KeyName, () => EditorEffect[]>> = {
    enter: () => this.submit(),
    interrupt: () => this.cancel(),
    tab: () => [{ type: 'complete', line: this.state.text, cursor: this.state.cursor }],
    up: () => this.recall(this.history.previous(this.state.text)),
    down: () => this.recall(this.history.next()),
    yank: () => this.edit(insert(this.state, this.killed)),
    clearScreen: () => [{ type: 'write', text: CLEAR_SCREEN + draw(this.view(), this.cols) }],
    reverseSearch: () => {
      const before = this.view();
      this.search = new ReverseSearch(this.history, this.state);
      return this.writes(redraw(before, this.view(), this.cols));
    },
  };

  constructor(private cols = 80) {}

  get line(): string {
    return this.search?.shown.text ?? this.state.text;
  }

  get cursor(): number {
    return this.search?.shown.cursor ?? this.state.cursor;
  }

  /** True between `begin` and the submit or cancel that ends the line. */
  get editing(): boolean {
    return this.active;
  }

  resize(cols: number): void {
    this.cols = Math.max(1, cols);
  }

  /** Starts a new line after `prompt`; answers the bytes to write (the prompt, unless already printed). */
  begin(prompt: string, options: LineOptions = {}): string {
    this.prompt = prompt;
    this.state = EMPTY;
    this.active = true;
    this.record = options.record ?? true;
    this.search = undefined;
    this.tabs = 0;
    this.history.reset();
    return options.printed ? '' : prompt;
  }

  /** Handles one key as splitKeys delivers it. */
  key(token: string): EditorEffect[] {
    if (!this.active) return [];
    const name = keyName(token);
    this.tabs = name === 'tab' ? this.tabs + 1 : 0;
    return this.search ? this.searchKey(token, name) : this.editKey(token, name);
  }

  /** Applies the back end's answer to a Tab (terminal.complete); answers the bytes to write. */
  completed(from: number, candidates: readonly string[]): string {
    if (!this.active || this.search) return '';
    const step = completionStep(this.state.text, this.state.cursor, from, candidates, this.tabs >= 2);
    if (step.kind === 'bell') return '\x07';
    if (step.kind === 'list') return `${toEnd(this.view(), this.cols)}\r\n${formatColumns(step.candidates, this.cols)}${draw(this.view(), this.cols)}`;
    return this.edit({ text: step.text, cursor: step.cursor }).map((e) => (e.type === 'write' ? e.text : '')).join('');
  }

  private view(): LineView {
    return this.search ? this.search.view() : { prompt: this.prompt, ...this.state };
  }

  private editKey(token: string, name: KeyName | undefined): EditorEffect[] {
    if (name === undefined) return isPrintable(token) ? this.edit(insert(this.state, token)) : [];
    const action = EDIT_ACTIONS[name];
    if (action) {
      const { killed, ...next } = action(this.state);
      if (killed) this.killed = killed;
      return this.edit(next);
    }
    return this.commands[name]?.() ?? [];
  }

  private searchKey(token: string, name: KeyName | undefined): EditorEffect[] {
    const search = this.search!;
    const before = this.view();
    if (name === undefined && isPrintable(token)) search.type(token);
    else if (name === 'backspace') search.erase();
    else if (name === 'reverseSearch') search.older();
    else if (name === 'abort') return this.leaveSearch(before, search.original);
    else if (name === 'escape') return this.leaveSearch(before, search.shown);
    else if (name !== undefined) return [...this.leaveSearch(before, search.shown), ...this.editKey(token, name)];
    return this.writes(redraw(before, this.view(), this.cols));
  }

  private leaveSearch(before: LineView, state: EditState): EditorEffect[] {
    this.search = undefined;
    this.state = state;
    return this.writes(redraw(before, this.view(), this.cols));
  }

  private edit(next: EditState): EditorEffect[] {
    const before = this.view();
    this.state = next;
    return this.writes(redraw(before, this.view(), this.cols));
  }

  private recall(entry: string | undefined): EditorEffect[] {
    return entry === undefined ? [] : this.edit({ text: entry, cursor: entry.length });
  }

  private submit(): EditorEffect[] {
    const line = this.state.text;
    const write = `${toEnd(this.view(), this.cols)}\r\n`;
    if (this.record) this.history.add(line);
    this.finish();
    return [{ type: 'write', text: write }, { type: 'submit', line }];
  }

  private cancel(): EditorEffect[] {
    const write = toEnd(this.view(), this.cols);
    this.finish();
    return [...this.writes(write), { type: 'cancel' }];
  }

  private finish(): void {
    this.active = false;
    this.state = EMPTY;
    this.history.reset();
  }

  private writes(text: string): EditorEffect[] {
    return text === '' ? [] : [{ type: 'write', text }];
  }
}
