import { createBuiltins } from '../builtins';
import type { ShellState } from '../builtins';
import { createHostFs } from '../fs/host-fs';
import type { HostFs } from '../fs/host-fs';
import { knownHosts } from '../fs/providers/host-ip';
import type { Command, CommandContext, FileProvider } from '../types';
import { completeWord } from './complete';
import { Execution } from './execute';
import type { ExecutionState } from './execute';
import { expandHistory } from './history-expand';
import { Logins } from './logins';
import { parse } from './parse';
import type { Resolved, Runtime } from './runtime';

/** Substitutions inside substitutions deeper than this are refused, so no line can exhaust the stack. */
const MAX_SUBSTITUTION_DEPTH = 16;

export type ShellSessionOptions = {
  user?: string;
  startHost?: string;
  commands: ReadonlyMap<string, Command>;
  providers: readonly FileProvider[];
};

/** What one submitted line printed, its exit status, and whether the shell now streams or waits for an answer. */
export type RunOutcome = { output: string; exitCode: number; following: boolean; awaiting?: 'confirm' };

/**
 * A learner's interactive bash: history, variables, hosts reached by ssh with a filesystem each, and lines
 * that may pause for a confirmation or stream a follow. No input makes it throw.
 */
export class ShellSession {
  private readonly logins: Logins;
  private readonly entries: string[] = [];
  private readonly filesystems = new Map<string, HostFs>();
  private readonly table = new Map<string, Resolved>();
  private readonly providers: readonly FileProvider[];
  private current: CommandContext | undefined;
  private execution: Execution | undefined;
  private state: ExecutionState = 'done';
  private status = 0;
  private buffer = '';
  private stdoutIsTerminal = true;
  private substitutions = 0;

  constructor(options: ShellSessionOptions) {
    const user = options.user ?? 'oncall';
    this.logins = new Logins(user, `/home/${user}`, options.startHost ?? 'bastion');
    this.providers = options.providers;
    for (const [name, command] of options.commands) this.table.set(name, { command, exact: command.exact ?? false });
    // Builtins come first, as in bash: a command of the same name elsewhere is shadowed.
    for (const command of createBuiltins(this.shellState())) this.table.set(command.name, { command, exact: true });
  }

  /** Every command the session runs, builtins included (what help, man and xargs see). */
  commands(): Command[] {
    return [...this.table.values()].map((r) => r.command);
  }

  /** Runs a submitted line (or takes it as the answer to a pending question). */
  run(line: string, context: CommandContext): RunOutcome {
    this.current = context;
    this.buffer = '';
    if (this.state === 'following') return this.outcome();
    return this.guard(() => {
      if (this.state === 'confirm') return this.execution!.answer(/^\s*y(es)?\s*$/i.test(line));
      const expanded = expandHistory(line, this.entries);
      if (!expanded.ok) return this.fail(`bash: ${expanded.message}\n`, 1);
      if (expanded.changed) this.print(`${expanded.line}\n`);
      this.record(expanded.line);
      const parsed = parse(expanded.line);
      if (!parsed.ok) return this.fail(`bash: ${parsed.error.message}\n`, 2);
      if (parsed.list.items.length === 0) return 'done';
      this.execution = new Execution(parsed.list, this.runtime());
      return this.execution.run();
    });
  }

  /** New output of the command being followed, as the sim clock moves. */
  poll(context: CommandContext): { output: string; following: boolean } {
    this.current = context;
    this.buffer = '';
    if (this.state !== 'following') return { output: '', following: false };
    const { output, following } = this.guard(() => this.execution!.poll());
    return { output, following };
  }

  /** Ctrl-C: stops a follow or a question (bash prints `^C`; `$?` becomes 130). */
  interrupt(): { output: string } {
    this.execution?.interrupt();
    this.execution = undefined;
    this.state = 'done';
    this.status = 130;
    return { output: '^C' };
  }

  /** `user@host:cwd$ `, with `~` for the home directory. */
  prompt(): string {
    return this.logins.prompt();
  }

  /** Tab completion of the word at `cursor`: where it starts and what it could become. */
  complete(line: string, cursor: number, context: CommandContext): { from: number; candidates: string[] } {
    this.current = context;
    try {
      return completeWord(line, cursor, {
        commands: () => [...this.table.keys()],
        lookup: (name) => this.table.get(name)?.command,
        fs: this.fs(),
        cwd: this.logins.current.cwd,
        home: this.logins.home,
        hosts: () => knownHosts(context.world),
        context,
      });
    } catch {
      return { from: cursor, candidates: [] };
    }
  }

  history(): readonly string[] {
    return this.entries;
  }

  private guard(step: () => ExecutionState): RunOutcome {
    try {
      this.state = step();
    } catch (e) {
      this.state = 'done';
      this.print(`bash: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      this.status = 1;
    }
    if (this.state === 'done') this.execution = undefined;
    return this.outcome();
  }

  private outcome(): RunOutcome {
    const output = this.buffer.endsWith('\n') ? this.buffer.slice(0, -1) : this.buffer;
    const result: RunOutcome = { output, exitCode: this.status, following: this.state === 'following' };
    return this.state === 'confirm' ? { ...result, awaiting: 'confirm' } : result;
  }

  private fail(message: string, code: number): ExecutionState {
    this.print(message);
    this.status = code;
    return 'done';
  }

  private print(text: string): void {
    this.buffer += text;
  }

  /** Bash with HISTCONTROL=ignoreboth (Debian's default): no lines starting with a blank, no repeats. */
  private record(line: string): void {
    if (line.trim() === '' || /^\s/.test(line) || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
  }

  private context(): CommandContext {
    if (!this.current) throw new Error('the shell has not been given a context yet');
    return this.current;
  }

  /** One filesystem per host for the whole session, so what a learner wrote is there when they come back. */
  private fs(host = this.logins.current.host): HostFs {
    let fs = this.filesystems.get(host);
    if (!fs) {
      fs = createHostFs(host, this.providers, () => this.context());
      this.filesystems.set(host, fs);
    }
    return fs;
  }

  private runtime(): Runtime {
    return {
      context: () => this.context(),
      lookup: (name) => this.table.get(name),
      scope: () => ({
        vars: this.logins.current.vars,
        status: this.status,
        home: this.logins.current.vars.get('HOME') ?? this.logins.home,
        substitute: (source) => this.substitute(source),
      }),
      setStatus: (code) => (this.status = code),
      setVar: (name, value) => this.logins.current.vars.set(name, value),
      place: () => ({ user: this.logins.user, host: this.logins.current.host, cwd: this.logins.current.cwd, env: this.logins.current.vars, fs: this.fs() }),
      depth: () => this.logins.depth,
      setStdoutTerminal: (terminal) => (this.stdoutIsTerminal = terminal),
      print: (text) => this.print(text),
    };
  }

  /** `$(…)`: runs the source without a terminal and returns its stdout; its errors reach the terminal. */
  private substitute(source: string): string {
    if (this.substitutions >= MAX_SUBSTITUTION_DEPTH) {
      this.print('bash: command substitution: nested too deeply\n');
      return '';
    }
    const parsed = parse(source);
    if (!parsed.ok) {
      this.print(`bash: command substitution: line 1: ${parsed.error.message}\n`);
      return '';
    }
    this.substitutions++;
    try {
      const execution = new Execution(parsed.list, this.runtime(), true);
      let state = execution.run();
      while (state === 'confirm') state = execution.answer(false);
      if (state === 'following') execution.interrupt();
      return execution.captured();
    } finally {
      this.substitutions--;
    }
  }

  /** `ssh host cmd`: a login without a terminal that runs one line and comes back, whatever the line did. */
  private runOn(host: string, line: string): { output: string; exitCode: number } {
    const parsed = parse(line);
    if (!parsed.ok) return { output: `bash: ${parsed.error.message}\n`, exitCode: 2 };
    const depth = this.logins.depth;
    const status = this.status;
    let output = '';
    this.logins.push(host);
    try {
      const execution = new Execution(parsed.list, { ...this.runtime(), print: (text) => (output += text) });
      let state = execution.run();
      while (state === 'confirm') state = execution.answer(false);
      if (state === 'following') execution.interrupt();
      return { output, exitCode: this.status };
    } finally {
      this.logins.truncate(depth);
      this.status = status;
    }
  }

  private shellState(): ShellState {
    return {
      home: this.logins.home,
      lastStatus: () => this.status,
      setVar: (name, value) => this.logins.current.vars.set(name, value),
      chdir: (path) => this.logins.chdir(path),
      ssh: (host) => this.logins.push(host),
      runOn: (host, line) => this.runOn(host, line),
      exit: () => this.logins.pop(),
      hosts: () => knownHosts(this.context().world),
      history: () => this.entries,
      stdoutIsTerminal: () => this.stdoutIsTerminal,
    };
  }
}
