import { runCommandLine } from './shell';
import { COMMANDS } from './commands';
import type { CommandContext } from './types';

const PROMPT = 'oncall@bastion:~$ ';

/**
 * The drill's terminal as the contract sees it: run a line, interrupt, poll a following command, complete a
 * word, report the prompt and history. (Hosts, files, pipelines and streaming arrive with the shell core.)
 */
export class TerminalSession {
  private readonly lines: string[] = [];

  run(line: string, context: CommandContext): { output: string; exitCode: number; prompt: string; following: boolean } {
    if (line.trim() !== '') this.lines.push(line);
    return { ...runCommandLine(line, context), prompt: PROMPT, following: false };
  }

  interrupt(): { output: string; prompt: string } {
    return { output: '^C', prompt: PROMPT };
  }

  poll(_context: CommandContext): { output: string; following: boolean; prompt: string } {
    return { output: '', following: false, prompt: PROMPT };
  }

  complete(line: string, cursor: number, _context: CommandContext): { from: number; candidates: string[] } {
    const before = line.slice(0, cursor);
    const from = before.search(/\S*$/);
    if (before.slice(0, from).trim() !== '') return { from, candidates: [] };
    const partial = before.slice(from);
    return { from, candidates: [...COMMANDS.keys()].filter((name) => name.startsWith(partial)).sort() };
  }

  state(): { prompt: string; history: string[]; following: boolean } {
    return { prompt: PROMPT, history: [...this.lines], following: false };
  }
}
