import { COMMANDS } from './commands';
import { createHelp } from './commands/help';
import { createMan, createXargs } from './commands/text';
import { resolvConfFile } from './commands/net/resolv-conf';
import { HOST_FILE_PROVIDERS } from './fs/host-providers';
import { FILE_PROVIDERS } from './fs/providers';
import type { TerminalSpec } from '../scenario/terminal-schema';
import { scenarioFilesProvider } from './scenario-files';
import { scenarioCommands, scenarioDataFiles } from './scenario-terminal';
import { ShellSession } from './shell/index';
import type { CommandContext } from './types';

/**
 * The drill's terminal as the contract sees it: one shell session (hosts, files, history, a following
 * command) with every command and file provider; each answer carries the prompt to show next.
 */
export class TerminalSession {
  private readonly shell: ShellSession;
  private following = false;

  /** `spec`: the files and commands the scenario adds (its commands may not shadow the built-in ones). */
  constructor(spec: TerminalSpec = { files: [], commands: [] }) {
    const commands = new Map(COMMANDS);
    for (const command of scenarioCommands(spec)) if (!commands.has(command.name)) commands.set(command.name, command);
    // help, man and xargs see everything this session runs: builtins and the scenario's commands too.
    const all = () => this.shell.commands();
    commands.set('help', createHelp(all));
    commands.set('man', createMan(all));
    commands.set('xargs', { ...createXargs(all), exact: true });
    this.shell = new ShellSession({
      commands,
      providers: [...FILE_PROVIDERS, ...HOST_FILE_PROVIDERS, resolvConfFile, scenarioFilesProvider, scenarioDataFiles(spec)],
    });
  }

  run(line: string, context: CommandContext): { output: string; exitCode: number; prompt: string; following: boolean; awaiting?: 'confirm' } {
    const outcome = this.shell.run(line, context);
    this.following = outcome.following;
    return { ...outcome, prompt: this.shell.prompt() };
  }

  interrupt(): { output: string; prompt: string } {
    this.following = false;
    return { ...this.shell.interrupt(), prompt: this.shell.prompt() };
  }

  poll(context: CommandContext): { output: string; following: boolean; prompt: string } {
    if (!this.following) return { output: '', following: false, prompt: this.shell.prompt() };
    const polled = this.shell.poll(context);
    this.following = polled.following;
    return { ...polled, prompt: this.shell.prompt() };
  }

  complete(line: string, cursor: number, context: CommandContext): { from: number; candidates: string[] } {
    return this.shell.complete(line, cursor, context);
  }

  state(): { prompt: string; history: string[]; following: boolean } {
    return { prompt: this.shell.prompt(), history: [...this.shell.history()], following: this.following };
  }
}
