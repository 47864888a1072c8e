import { stripAnsi } from './cells';
import { splitKeys } from './keys';
import { LineEditor } from './line-editor';
import type { EditorEffect } from './line-editor';
import type { ExecOutcome, TerminalApi } from './terminal-api';

/** The prompt until terminal.state answers (the bastion's, as the back end starts every session there). */
export const INITIAL_PROMPT = 'oncall@bastion:~$ ';
const INTERRUPT = '\x03';
/** Output that ends by clearing the screen (`clear`) leaves the cursor home: no newline before the prompt. */
const ENDS_WITH_CLEAR = /\x1b\[[0-3]?J$/;

export type ControllerOptions = {
  api: TerminalApi;
  /** Writes to the terminal (xterm's `write`; a string in tests). */
  write: (data: string) => void;
  cols: number;
  /** How often a following command is polled. */
  pollMs?: number;
  /** Called after each command line finishes, so views that derive from the world refresh. */
  onCommandDone?: () => void;
};

/** `user@host:cwd$ ` in the usual colours: user@host green, the directory blue. */
export function stylePrompt(prompt: string): string {
  const match = /^([^\s@]+@[^\s:]+):(.*)(\$ )$/.exec(prompt);
  return match ? `\x1b[32m${match[1]}\x1b[0m:\x1b[34m${match[2]}\x1b[0m${match[3]}` : prompt;
}

/** Output as the terminal wants it: `\r\n` line ends. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

type Phase = 'starting' | 'editing' | 'busy' | 'following' | 'interrupting' | 'disposed';

/**
 * The terminal's behaviour without xterm: keys go to the line editor while editing and are typed ahead
 * (replayed later) while a command runs; a following command is polled until it ends or Ctrl-C interrupts
 * it; Tab asks the back end. Owns its poll timer; `dispose` stops it and drops late answers.
 */
export class TerminalController {
  /** Lines of command output written, and how many of them came from polling a following command. */
  readonly stats = { outputLines: 0, followLines: 0 };
  private readonly editor: LineEditor;
  private readonly pollMs: number;
  private phase: Phase = 'starting';
  private prompt = INITIAL_PROMPT;
  private typeahead: string[] = [];
  private answering = false;
  private interruptWanted = false;
  private atLineStart = true;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ControllerOptions) {
    this.editor = new LineEditor(options.cols);
    this.pollMs = options.pollMs ?? 200;
  }

  /** Reads the session (prompt, history, a follow in progress) and shows the prompt. */
  async start(): Promise<void> {
    const state = await this.options.api.state();
    if (this.is('disposed')) return;
    if (state.ok) {
      this.prompt = state.value.prompt;
      this.editor.history.seed(state.value.history);
      if (state.value.following) {
        this.phase = 'following';
        this.schedulePoll();
        return;
      }
    }
    this.ready();
  }

  /** Keys from the terminal (one keystroke, an escape sequence or a pasted block). */
  input(data: string): void {
    if (this.phase === 'disposed') return;
    for (const key of splitKeys(data)) {
      if (key === INTERRUPT && this.interruptible()) this.interruptCommand();
      else this.typeahead.push(key);
    }
    this.pump();
  }

  resize(cols: number): void {
    this.editor.resize(cols);
  }

  dispose(): void {
    this.phase = 'disposed';
    clearTimeout(this.pollTimer);
    this.typeahead = [];
  }

  /** The phase now; a method so checks after an await are not narrowed by the ones before it. */
  private is(phase: Phase): boolean {
    return this.phase === phase;
  }

  private interruptible(): boolean {
    return this.phase === 'following' || (this.phase === 'busy' && !this.editor.editing);
  }

  /** Ctrl-C while a command runs: the tty drops what was typed ahead, as bash's does on SIGINT. */
  private interruptCommand(): void {
    this.typeahead = [];
    if (this.phase === 'following') void this.interrupt();
    else this.interruptWanted = true;
  }

  /** Feeds typed-ahead keys to the editor until a key starts something asynchronous. */
  private pump(): void {
    while (this.phase === 'editing' && this.typeahead.length > 0) {
      for (const effect of this.editor.key(this.typeahead.shift()!)) this.apply(effect);
    }
  }

  private apply(effect: EditorEffect): void {
    const { write } = this.options;
    if (effect.type === 'write') write(effect.text);
    else if (effect.type === 'submit') void this.run(effect.line);
    else if (effect.type === 'complete') void this.complete(effect.line, effect.cursor);
    else if (this.answering) void this.interrupt();
    else {
      write('^C\r\n');
      write(this.editor.begin(stylePrompt(this.prompt)));
    }
  }

  private async run(line: string): Promise<void> {
    if (line.trim() === '' && !this.answering) return this.ready();
    this.phase = 'busy';
    const result = await this.options.api.exec(line);
    if (this.is('disposed')) return;
    if (!result.ok) {
      this.options.write(`\x1b[31m${toCrlf(result.error.message)}\x1b[0m\r\n`);
      return this.finish();
    }
    this.showExec(result.value);
  }

  private showExec({ output, prompt, following, awaiting }: ExecOutcome): void {
    this.prompt = prompt;
    this.writeOutput(output, false);
    if (awaiting === 'confirm') {
      this.interruptWanted = false;
      this.answering = true;
      this.phase = 'editing';
      // The question is on screen without a newline; the answer is typed after it and stays out of history.
      this.editor.begin(stripAnsi(output).split('\n').at(-1) ?? '', { printed: true, record: false });
      return this.pump();
    }
    this.answering = false;
    if (output !== '' && !ENDS_WITH_CLEAR.test(output)) this.newline();
    if (!following) return this.finish();
    this.phase = 'following';
    if (this.interruptWanted) void this.interrupt();
    else this.schedulePoll();
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => void this.poll(), this.pollMs);
  }

  private async poll(): Promise<void> {
    this.pollTimer = undefined;
    if (this.phase !== 'following') return;
    const result = await this.options.api.poll();
    // An answer that arrives after Ctrl-C was sent still precedes the ^C: show it, then stop.
    if (!this.is('following') && !this.is('interrupting')) return;
    if (!result.ok) {
      this.options.write(`\x1b[31m${toCrlf(result.error.message)}\x1b[0m\r\n`);
      if (this.is('following')) this.finish();
      return;
    }
    this.writeOutput(result.value.output, true);
    if (this.is('interrupting')) return;
    this.prompt = result.value.prompt;
    if (result.value.following) return this.schedulePoll();
    if (!this.atLineStart) this.newline();
    this.finish();
  }

  private async interrupt(): Promise<void> {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.phase = 'interrupting';
    const result = await this.options.api.interrupt();
    if (this.is('disposed')) return;
    const { write } = this.options;
    if (result.ok) {
      this.prompt = result.value.prompt;
      write(toCrlf(result.value.output));
    } else write('^C');
    write('\r\n');
    this.answering = false;
    this.finish();
  }

  private async complete(line: string, cursor: number): Promise<void> {
    this.phase = 'busy';
    const result = await this.options.api.complete(line, cursor);
    if (this.is('disposed')) return;
    this.phase = 'editing';
    this.options.write(result.ok ? this.editor.completed(result.value.from, result.value.candidates) : '\x07');
    this.pump();
  }

  private writeOutput(output: string, following: boolean): void {
    if (output === '') return;
    const lines = (output.match(/\n/g)?.length ?? 0) + (following ? 0 : 1);
    this.stats.outputLines += lines;
    if (following) this.stats.followLines += lines;
    this.options.write(toCrlf(output));
    this.atLineStart = output.endsWith('\n');
  }

  private newline(): void {
    this.options.write('\r\n');
    this.atLineStart = true;
  }

  /** A command line is over: refresh the views and show the prompt. */
  private finish(): void {
    this.interruptWanted = false;
    this.options.onCommandDone?.();
    this.ready();
  }

  private ready(): void {
    this.phase = 'editing';
    this.atLineStart = true;
    this.options.write(this.editor.begin(stylePrompt(this.prompt)));
    this.pump();
  }
}
