import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { IDisposable } from '@xterm/xterm';
import { LineEditor } from './line-editor';

export const PROMPT = '\x1b[32moncall@bastion\x1b[0m:\x1b[34m~\x1b[0m$ ';

/** Runs one command line and returns its output (the back end derives it from the world). */
export type RunCommand = (line: string) => Promise<{ output: string; exitCode: number }>;

/**
 * Owns one xterm Terminal, its addons and every subscription; `dispose` releases them all. React only
 * mounts it.
 */
export class TermWrap {
  private readonly terminal: Terminal;
  private readonly fit = new FitAddon();
  private readonly editor = new LineEditor();
  private readonly toDispose: IDisposable[] = [];
  private running = false;

  constructor(element: HTMLElement, private readonly run: RunCommand) {
    this.terminal = new Terminal({
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace',
      fontSize: 13,
      cursorBlink: true,
      convertEol: true,
      scrollback: 2000,
      theme: { background: '#0b0c0e', foreground: '#d8d9da' },
    });
    this.terminal.loadAddon(this.fit);
    this.terminal.open(element);
    this.fit.fit();
    this.terminal.writeln('Firedrill shell. Type \x1b[1mhelp\x1b[0m to list commands.');
    this.terminal.write(PROMPT);
    this.toDispose.push(this.terminal.onData((data) => void this.onData(data)));
  }

  resize(): void {
    this.fit.fit();
  }

  focus(): void {
    this.terminal.focus();
  }

  dispose(): void {
    for (const d of this.toDispose.splice(0)) d.dispose();
    this.terminal.dispose();
  }

  private async onData(data: string): Promise<void> {
    if (this.running) return;
    for (const effect of this.editor.input(data)) {
      if (effect.clear) {
        this.terminal.clear();
        continue;
      }
      this.terminal.write(effect.write);
      if (effect.cancel) this.terminal.write(PROMPT);
      if (effect.submit === undefined) continue;
      if (effect.submit.trim() === 'clear') this.terminal.clear();
      else if (effect.submit.trim() !== '') await this.execute(effect.submit);
      this.terminal.write(PROMPT);
    }
  }

  private async execute(line: string): Promise<void> {
    this.running = true;
    try {
      const result = await this.run(line);
      if (result.output !== '') this.terminal.writeln(result.output);
    } finally {
      this.running = false;
    }
  }
}
