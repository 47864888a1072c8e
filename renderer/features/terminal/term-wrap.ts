import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { IDisposable } from '@xterm/xterm';
import { TerminalController } from './terminal-controller';
import type { TerminalApi } from './terminal-api';
import { terminalTheme, watchTheme } from './terminal-theme';

/** Read-only view of the terminal for end-to-end tests and the benchmark (set on the host element). */
export type TerminalProbe = {
  /** The buffer's text, scrollback included, one line per written line (wrapped rows joined), right-trimmed. */
  text(): string;
  /** Lines of command output written so far, and how many came from polling a following command. */
  stats(): { outputLines: number; followLines: number };
};

/** The host element of a mounted terminal carries its probe. */
export type ProbedElement = HTMLElement & { terminalProbe?: TerminalProbe };

/**
 * Owns one xterm Terminal, its addons, the controller (with its poll timer) and every subscription;
 * `dispose` releases them all. React only mounts it.
 */
export class TermWrap {
  private readonly terminal: Terminal;
  private readonly fit = new FitAddon();
  private readonly controller: TerminalController;
  private readonly toDispose: IDisposable[] = [];
  private refreshFrame: number | undefined;
  private disposed = false;

  constructor(
    private readonly element: ProbedElement,
    api: TerminalApi,
    onCommandDone: () => void,
  ) {
    this.terminal = new Terminal({
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace',
      fontSize: 13,
      cursorBlink: true,
      scrollback: 5000,
      theme: terminalTheme(),
      // Coloured output (red errors, green prompts) stays readable on the light theme's white too.
      minimumContrastRatio: 4.5,
    });
    // Addons loaded into the terminal are disposed with it.
    this.terminal.loadAddon(this.fit);
    this.terminal.open(element);
    this.fit.fit();
    this.controller = new TerminalController({
      api,
      write: (data) => this.terminal.write(data),
      cols: this.terminal.cols,
      onCommandDone: () => this.afterPaint(onCommandDone),
    });
    this.toDispose.push(
      { dispose: () => this.controller.dispose() },
      { dispose: () => cancelAnimationFrame(this.refreshFrame ?? 0) },
      this.terminal.onData((data) => this.controller.input(data)),
      this.terminal.onResize(({ cols }) => this.controller.resize(cols)),
      this.installProbe(),
      watchTheme(() => (this.terminal.options.theme = terminalTheme())),
    );
    this.terminal.writeln('Firedrill shell. Type \x1b[1mhelp\x1b[0m to list commands.');
    void this.controller.start();
  }

  resize(): void {
    this.fit.fit();
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.toDispose.splice(0)) d.dispose();
    this.terminal.dispose();
  }

  /**
   * Runs `fn` once the output written so far is on screen: the views a command refreshes re-render the
   * whole drill screen, and doing that first would hold the command's output back by a frame or more.
   */
  private afterPaint(fn: () => void): void {
    this.terminal.write('', () => {
      if (this.disposed) return;
      cancelAnimationFrame(this.refreshFrame ?? 0);
      // xterm asked for its render frame when it parsed the output, so this callback runs after it.
      this.refreshFrame = requestAnimationFrame(() => {
        this.refreshFrame = undefined;
        fn();
      });
    });
  }

  private installProbe(): IDisposable {
    const buffer = () => this.terminal.buffer.active;
    this.element.terminalProbe = {
      text: () => {
        // Rows a long line wrapped onto join it again, so a line reads as it was written.
        const lines: string[] = [];
        for (let i = 0; i < buffer().length; i++) {
          const row = buffer().getLine(i);
          const text = row?.translateToString(!buffer().getLine(i + 1)?.isWrapped) ?? '';
          if (row?.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
          else lines.push(text);
        }
        return lines.join('\n').trimEnd();
      },
      stats: () => ({ ...this.controller.stats }),
    };
    return { dispose: () => delete this.element.terminalProbe };
  }
}
