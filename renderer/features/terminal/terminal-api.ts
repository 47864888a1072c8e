import type { ActionOutcome, Api, Result, TerminalCompletion, TerminalPoll, TerminalState } from '../../../electron/contract';

/** terminal.exec's answer: output, exit code, the next prompt, and whether it follows or asks a question. */
export type ExecOutcome = Omit<Extract<ActionOutcome, { type: 'terminal.exec' }>, 'type'>;
export type InterruptOutcome = Omit<Extract<ActionOutcome, { type: 'terminal.interrupt' }>, 'type'>;

/** The terminal requests of the contract, as the controller uses them (faked in tests). */
export type TerminalApi = {
  exec(command: string): Promise<Result<ExecOutcome>>;
  poll(): Promise<Result<TerminalPoll>>;
  interrupt(): Promise<Result<InterruptOutcome>>;
  complete(line: string, cursor: number): Promise<Result<TerminalCompletion>>;
  state(): Promise<Result<TerminalState>>;
};

/** The contract's terminal requests over the app's transport. */
export function terminalApi(api: Api): TerminalApi {
  return {
    exec: (command) => api.invoke('terminal.exec', { command }),
    poll: () => api.invoke('terminal.poll', {}),
    interrupt: () => api.invoke('terminal.interrupt', {}),
    complete: (line, cursor) => api.invoke('terminal.complete', { line, cursor }),
    state: () => api.invoke('terminal.state', {}),
  };
}
