import type { CommandResult, Follow } from '../types';
import type { List, Pipeline } from './ast';
import type { Sink, Stage } from './prepare';
import { prepare } from './prepare';
import type { Runtime } from './runtime';

/** Where a line stands: finished, waiting for the answer to a question, or streaming a follow. */
export type ExecutionState = 'done' | 'confirm' | 'following';

type Step = { pipeline: Pipeline; op: 'always' | '&&' | '||' };
type Pending =
  | { kind: 'confirm'; stages: Stage[]; index: number; stdin: string }
  | { kind: 'follow'; follow: Follow; stages: Stage[]; index: number };

/** Commands outside the builtins answer in lines; a stream to a pipe or file ends each line with a newline. */
function asText(text: string, exact: boolean): string {
  return exact || text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * Runs one parsed line: and-or lists with bash's short-circuits, pipelines stage by stage. It can pause
 * (a confirmation, a follow) and resume where it stopped, so the rest of the line runs afterwards.
 */
export class Execution {
  private readonly steps: Step[];
  private next = 0;
  private pending: Pending | undefined;
  private status = 0;
  private readonly depth: number;
  private stdout = '';

  /** With `capture`, the last command's stdout is kept (for `$(…)`) instead of reaching the terminal. */
  constructor(
    list: List,
    private readonly runtime: Runtime,
    private readonly capture = false,
  ) {
    this.depth = runtime.depth();
    this.steps = list.items.flatMap((item) => [{ pipeline: item.first, op: 'always' as const }, ...item.rest.map((r) => ({ pipeline: r.pipeline, op: r.op }))]);
  }

  /** Runs steps until the line ends or pauses. */
  run(): ExecutionState {
    while (this.next < this.steps.length) {
      // `exit` closed the login this line was typed in: the rest of it went with that shell.
      if (this.runtime.depth() < this.depth) break;
      const step = this.steps[this.next++]!;
      if ((step.op === '&&' && this.status !== 0) || (step.op === '||' && this.status === 0)) continue;
      const commands = step.pipeline.commands;
      const stages = commands.map((c, i) => prepare(c, i === commands.length - 1 && !this.capture, this.runtime));
      const state = this.runStages(stages, 0, '', undefined);
      if (state !== 'done') return state;
    }
    return 'done';
  }

  /** What the line's pipelines printed to stdout, when run with `capture`. */
  captured(): string {
    return this.stdout;
  }

  /** Re-runs the command that asked, with the learner's answer, then the rest of the line. */
  answer(yes: boolean): ExecutionState {
    const pending = this.pending;
    if (pending?.kind !== 'confirm') return this.run();
    this.pending = undefined;
    const state = this.runStages(pending.stages, pending.index, pending.stdin, yes);
    return state === 'done' ? this.run() : state;
  }

  /** Asks the follow for what came since; when it is done, the rest of the line runs. */
  poll(): ExecutionState {
    const pending = this.pending;
    if (pending?.kind !== 'follow') return this.run();
    let chunk: { text: string; done: boolean; exitCode?: number };
    try {
      chunk = pending.follow.next(this.runtime.context());
    } catch (e) {
      chunk = { text: '', done: true, exitCode: 1 };
      this.runtime.print(`bash: ${pending.stages[pending.index]!.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    const stage = pending.stages[pending.index]!;
    let input = this.route(stage.out, asText(chunk.text, stage.resolved?.exact ?? false));
    let status = chunk.exitCode ?? 0;
    for (let i = pending.index + 1; i < pending.stages.length && input !== ''; i++) {
      const result = this.invoke(pending.stages[i]!, input, undefined);
      input = this.emit(pending.stages[i]!, result);
      status = result.exitCode;
    }
    if (!chunk.done) return 'following';
    this.pending = undefined;
    this.setStatus(status);
    return this.run();
  }

  /** Ctrl-C: stops what is running and abandons the rest of the line. */
  interrupt(): void {
    this.pending = undefined;
    this.next = this.steps.length;
    this.setStatus(130);
  }

  private runStages(stages: Stage[], from: number, stdin: string, confirmed: boolean | undefined): ExecutionState {
    let input = stdin;
    let follow: { follow: Follow; index: number } | undefined;
    for (let i = from; i < stages.length; i++) {
      const stage = stages[i]!;
      const answer = i === from ? confirmed : undefined;
      const result = this.invoke(stage, input, answer);
      if (result.confirm !== undefined && answer === undefined) {
        this.runtime.print(result.confirm);
        this.pending = { kind: 'confirm', stages, index: i, stdin: input };
        return 'confirm';
      }
      input = this.emit(stage, result);
      this.setStatus(result.exitCode);
      if (result.follow && !follow) follow = { follow: result.follow, index: i };
    }
    if (this.capture) this.stdout += input;
    if (!follow) return 'done';
    this.pending = { kind: 'follow', stages, ...follow };
    return 'following';
  }

  private invoke(stage: Stage, stdin: string, confirmed: boolean | undefined): CommandResult {
    for (const warning of stage.warnings) this.runtime.print(warning);
    if (stage.error !== undefined) return { stdout: '', stderr: stage.error, exitCode: 1 };
    if (stage.name === undefined) {
      for (const [name, value] of stage.assignments) this.runtime.setVar(name, value);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    if (!stage.resolved) return { stdout: '', stderr: `bash: ${stage.name}: command not found\n`, exitCode: 127 };
    const place = this.runtime.place();
    const env = new Map([...place.env, ...stage.assignments]);
    this.runtime.setStdoutTerminal(stage.out.kind === 'terminal');
    try {
      const invocation = { args: stage.args, stdin: stage.stdin ?? stdin, ...place, env, ...(confirmed === undefined ? {} : { confirmed }) };
      return stage.resolved.command.run(invocation, this.runtime.context());
    } catch (e) {
      return { stdout: '', stderr: `bash: ${stage.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
    }
  }

  /** Sends a command's output where its redirections say; returns what goes down the pipe. */
  private emit(stage: Stage, result: CommandResult): string {
    const exact = stage.resolved?.exact ?? true;
    const piped = this.route(stage.out, asText(result.stdout, exact));
    return piped + this.route(stage.err, asText(result.stderr, exact));
  }

  private route(sink: Sink, text: string): string {
    if (text === '') return '';
    if (sink.kind === 'pipe') return text;
    if (sink.kind === 'terminal') this.runtime.print(text);
    else if (sink.kind === 'file') sink.fs.write(sink.path, text, true);
    return '';
  }

  private setStatus(code: number): void {
    this.status = code;
    this.runtime.setStatus(code);
  }
}
