/** What the terminal should do after a keystroke: text to write, and a line to run if Enter was pressed. */
export type EditorEffect = { write: string; submit?: string; clear?: boolean; cancel?: boolean };

/**
 * A minimal readline: typing, backspace, Enter, Ctrl+C, Ctrl+L and history with the arrow keys. Pure, so it
 * is tested without a terminal.
 */
export class LineEditor {
  private buffer = '';
  private readonly history: string[] = [];
  private historyIndex = 0;

  get line(): string {
    return this.buffer;
  }

  /** Handles one chunk of input as xterm's onData delivers it (keys, escape sequences or pasted text). */
  input(data: string): EditorEffect[] {
    const effects: EditorEffect[] = [];
    for (const token of splitInput(data)) effects.push(this.key(token));
    return effects.filter((e) => e.write !== '' || e.submit !== undefined || e.clear || e.cancel);
  }

  private key(token: string): EditorEffect {
    switch (token) {
      case '\r':
      case '\n': {
        const line = this.buffer;
        this.buffer = '';
        if (line.trim() !== '' && this.history[this.history.length - 1] !== line) this.history.push(line);
        this.historyIndex = this.history.length;
        return { write: '\r\n', submit: line };
      }
      case '\x7f':
      case '\b':
        if (this.buffer === '') return { write: '' };
        this.buffer = [...this.buffer].slice(0, -1).join('');
        return { write: '\b \b' };
      case '\x03':
        this.buffer = '';
        this.historyIndex = this.history.length;
        return { write: '^C\r\n', cancel: true };
      case '\x0c':
        return { write: '', clear: true };
      case '\x1b[A':
        return this.recall(-1);
      case '\x1b[B':
        return this.recall(1);
      default:
        if (token.startsWith('\x1b') || token < ' ') return { write: '' };
        this.buffer += token;
        return { write: token };
    }
  }

  private recall(direction: -1 | 1): EditorEffect {
    const next = Math.min(this.history.length, Math.max(0, this.historyIndex + direction));
    if (next === this.historyIndex) return { write: '' };
    this.historyIndex = next;
    const erase = '\b \b'.repeat([...this.buffer].length);
    this.buffer = this.history[next] ?? '';
    return { write: erase + this.buffer };
  }
}

/** Splits input into single keys, keeping escape sequences (ESC [ … letter) whole. */
function splitInput(data: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < data.length; i++) {
    if (data[i] === '\x1b' && data[i + 1] === '[') {
      let j = i + 2;
      while (j < data.length && !/[A-Za-z~]/.test(data[j]!)) j++;
      tokens.push(data.slice(i, j + 1));
      i = j;
    } else {
      const code = data.codePointAt(i)!;
      const ch = String.fromCodePoint(code);
      tokens.push(ch);
      i += ch.length - 1;
    }
  }
  return tokens;
}
