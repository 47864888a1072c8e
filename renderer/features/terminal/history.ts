/** The line editor's command history: ↑/↓ navigation keeps the line being typed, and Ctrl-R searches it. */
export class History {
  private entries: string[] = [];
  /** Position while navigating; `entries.length` is the line being typed. */
  private position = 0;
  private draft = '';

  get size(): number {
    return this.entries.length;
  }

  entry(index: number): string | undefined {
    return this.entries[index];
  }

  /** Replaces the history with the session's (terminal.state), oldest first. */
  seed(entries: readonly string[]): void {
    this.entries = [];
    for (const entry of entries) this.add(entry);
    this.reset();
  }

  /** Records a run line as bash does with HISTCONTROL=ignoreboth: no blank lines, no leading space, no repeats. */
  add(line: string): void {
    if (line.trim() !== '' && !line.startsWith(' ') && this.entries.at(-1) !== line) this.entries.push(line);
    this.reset();
  }

  reset(): void {
    this.position = this.entries.length;
    this.draft = '';
  }

  /** The older entry (↑), remembering `current` when leaving the line being typed; undefined at the oldest. */
  previous(current: string): string | undefined {
    if (this.position === 0) return undefined;
    if (this.position === this.entries.length) this.draft = current;
    this.position--;
    return this.entries[this.position];
  }

  /** The newer entry (↓), or the line being typed when past the newest; undefined when already there. */
  next(): string | undefined {
    if (this.position >= this.entries.length) return undefined;
    this.position++;
    return this.position === this.entries.length ? this.draft : this.entries[this.position];
  }

  /** The newest entry at or before `from` that contains `query`, searching towards the oldest. */
  search(query: string, from: number): number | undefined {
    for (let i = Math.min(from, this.entries.length - 1); i >= 0; i--) if (this.entries[i]!.includes(query)) return i;
    return undefined;
  }
}
