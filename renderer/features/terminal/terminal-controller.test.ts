import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result, TerminalPoll } from '../../../electron/contract';
import { FakeScreen } from './fake-screen';
import type { ExecOutcome, TerminalApi } from './terminal-api';
import { TerminalController } from './terminal-controller';

const PROMPT = 'oncall@bastion:~$ ';
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const done = (output: string, prompt = PROMPT): ExecOutcome => ({ output, exitCode: 0, prompt, following: false });

/** A promise the test settles when it wants the back end to answer. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The back end as the controller sees it: every call is logged; answers come from the test's handlers. */
function fakeApi(handlers: Partial<TerminalApi> = {}): TerminalApi & { calls: string[] } {
  const calls: string[] = [];
  const log = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) => (...args: A) => {
    calls.push(args.length > 0 ? `${name} ${args.join(' ')}`.trimEnd() : name);
    return fn(...args);
  };
  return {
    calls,
    exec: log('exec', handlers.exec ?? (async (command: string) => ok(done(`ran ${command}`)))),
    poll: log('poll', handlers.poll ?? (async () => ok<TerminalPoll>({ output: '', following: false, prompt: PROMPT }))),
    interrupt: log('interrupt', handlers.interrupt ?? (async () => ok({ output: '^C', prompt: PROMPT }))),
    complete: log('complete', handlers.complete ?? (async () => ok({ from: 0, candidates: [] }))),
    state: log('state', handlers.state ?? (async () => ok({ prompt: PROMPT, history: [], following: false }))),
  };
}

async function mount(api: TerminalApi, onCommandDone = () => undefined) {
  const screen = new FakeScreen(80);
  const controller = new TerminalController({ api, write: (data) => screen.write(data), cols: 80, onCommandDone });
  await controller.start();
  return { screen, controller };
}

/** Lets pending promise callbacks run (the fake API answers in microtasks). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TerminalController', () => {
  it('starts with the session prompt and its history on ↑', async () => {
    const api = fakeApi({ state: async () => ok({ prompt: 'oncall@node-a:/var/log$ ', history: ['ls', 'tail -f syslog'], following: false }) });
    const { screen, controller } = await mount(api);
    expect(screen.lines()).toEqual(['oncall@node-a:/var/log$']);
    controller.input('\x1b[A');
    expect(screen.lines()).toEqual(['oncall@node-a:/var/log$ tail -f syslog']);
  });

  it('runs a line, writes its output with CRLF line ends and the prompt it answers', async () => {
    const written: string[] = [];
    const api = fakeApi({ exec: async () => ok(done('Linux node-a\nlast login', 'oncall@node-a:~$ ')) });
    const controller = new TerminalController({ api, write: (d) => written.push(d), cols: 80 });
    await controller.start();
    controller.input('ssh node-a\r');
    await settle();
    expect(api.calls).toEqual(['state', 'exec ssh node-a']);
    expect(written.join('')).toContain('Linux node-a\r\nlast login\r\n\x1b[32moncall@node-a\x1b[0m:\x1b[34m~\x1b[0m$ ');
  });

  it('an empty line and Ctrl-C at the prompt never reach the back end', async () => {
    const api = fakeApi();
    const { screen, controller } = await mount(api);
    controller.input('\rkubectl\x03');
    expect(api.calls).toEqual(['state']);
    expect(screen.lines()).toEqual([PROMPT.trimEnd(), `${PROMPT}kubectl^C`, PROMPT.trimEnd()]);
  });

  it('types ahead while a command runs and replays the keys after the prompt', async () => {
    const answer = deferred<Result<ExecOutcome>>();
    const api = fakeApi({ exec: (command) => (command === 'sleep' ? answer.promise : Promise.resolve(ok(done(`ran ${command}`)))) });
    const { screen, controller } = await mount(api);
    controller.input('sleep\r');
    controller.input('upt');
    controller.input('ime\r');
    expect(screen.lines()).toEqual([`${PROMPT}sleep`]);
    answer.resolve(ok(done('slept')));
    await settle();
    expect(api.calls).toEqual(['state', 'exec sleep', 'exec uptime']);
    expect(screen.lines()).toEqual([`${PROMPT}sleep`, 'slept', `${PROMPT}uptime`, 'ran uptime', PROMPT.trimEnd()]);
  });

  it('a pasted block runs line by line, each after the previous one ends', async () => {
    const api = fakeApi();
    const { screen, controller } = await mount(api);
    controller.input('help\ruptime\rdf -h');
    await settle();
    expect(api.calls).toEqual(['state', 'exec help', 'exec uptime']);
    expect(screen.lines().at(-1)).toBe(`${PROMPT}df -h`);
  });

  it('polls a following command every 200 ms until it ends, then prints the prompt', async () => {
    const chunks = ['line 2\n', '', 'line 3\n'];
    const api = fakeApi({
      exec: async () => ok({ ...done('line 1'), following: true }),
      poll: async () => ok({ output: chunks.shift() ?? '', following: chunks.length > 0, prompt: PROMPT }),
    });
    const done_ = vi.fn();
    const { screen, controller } = await mount(api, done_);
    controller.input('tail -f /var/log/checkout.log\r');
    await settle();
    expect(screen.lines()).toEqual([`${PROMPT}tail -f /var/log/checkout.log`, 'line 1']);
    await vi.advanceTimersByTimeAsync(199);
    expect(api.calls.filter((c) => c === 'poll')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(screen.lines().at(-1)).toBe('line 2');
    await vi.advanceTimersByTimeAsync(400);
    expect(api.calls.filter((c) => c === 'poll')).toHaveLength(3);
    expect(screen.lines().slice(1)).toEqual(['line 1', 'line 2', 'line 3', PROMPT.trimEnd()]);
    expect(done_).toHaveBeenCalledTimes(1);
    expect(controller.stats).toEqual({ outputLines: 3, followLines: 2 });
  });

  it('Ctrl-C while following interrupts, prints ^C and the prompt, and stops polling; typed-ahead keys are dropped', async () => {
    const api = fakeApi({
      exec: async () => ok({ ...done(''), following: true }),
      poll: async () => ok({ output: 'tick\n', following: true, prompt: PROMPT }),
    });
    const { screen, controller } = await mount(api);
    controller.input('tail -f x\r');
    await vi.advanceTimersByTimeAsync(400);
    controller.input('ls\x03');
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.calls).toEqual(['state', 'exec tail -f x', 'poll', 'poll', 'interrupt']);
    expect(screen.lines()).toEqual([`${PROMPT}tail -f x`, 'tick', 'tick', '^C', PROMPT.trimEnd()]);
  });

  it('output of a poll answered after Ctrl-C is still shown, before the ^C', async () => {
    // The transport answers in request order: the poll's answer comes before the interrupt's.
    const answer = deferred<Result<TerminalPoll>>();
    const stopped = deferred<Result<{ output: string; prompt: string }>>();
    const api = fakeApi({ exec: async () => ok({ ...done(''), following: true }), poll: () => answer.promise, interrupt: () => stopped.promise });
    const { screen, controller } = await mount(api);
    controller.input('tail -f x\r');
    await vi.advanceTimersByTimeAsync(200);
    controller.input('\x03');
    answer.resolve(ok({ output: 'last\n', following: true, prompt: PROMPT }));
    await settle();
    stopped.resolve(ok({ output: '^C', prompt: PROMPT }));
    await settle();
    expect(screen.lines()).toEqual([`${PROMPT}tail -f x`, 'last', '^C', PROMPT.trimEnd()]);
  });

  it('Ctrl-C while a command is on its way interrupts it as soon as it turns out to follow', async () => {
    const answer = deferred<Result<ExecOutcome>>();
    const api = fakeApi({ exec: () => answer.promise });
    const { controller } = await mount(api);
    controller.input('kubectl logs -f checkout\r');
    controller.input('\x03');
    answer.resolve(ok({ ...done(''), following: true }));
    await settle();
    expect(api.calls).toEqual(['state', 'exec kubectl logs -f checkout', 'interrupt']);
  });

  it('a question takes the next line as its answer: no prompt, not in history', async () => {
    const api = fakeApi({
      exec: async (command) =>
        ok(command === 'rm -rf /tmp/x' ? { ...done('rm: remove directory /tmp/x? '), awaiting: 'confirm' as const } : done(command === 'y' ? 'removed' : '')),
    });
    const { screen, controller } = await mount(api);
    controller.input('rm -rf /tmp/x\ry\r');
    await settle();
    expect(api.calls).toEqual(['state', 'exec rm -rf /tmp/x', 'exec y']);
    expect(screen.lines()).toEqual([`${PROMPT}rm -rf /tmp/x`, 'rm: remove directory /tmp/x? y', 'removed', PROMPT.trimEnd()]);
    controller.input('\x1b[A');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}rm -rf /tmp/x`);
  });

  it('Ctrl-C at a question interrupts it on the back end', async () => {
    const api = fakeApi({ exec: async () => ok({ ...done('Continue? [y/N] '), awaiting: 'confirm' as const }) });
    const { screen, controller } = await mount(api);
    controller.input('kubectl delete pod x\r');
    await settle();
    controller.input('\x03');
    await settle();
    expect(api.calls.at(-1)).toBe('interrupt');
    expect(screen.lines().slice(1)).toEqual(['Continue? [y/N] ^C', PROMPT.trimEnd()]);
  });

  it('Tab asks the back end; keys typed meanwhile apply after the completion', async () => {
    const answer = deferred<Result<{ from: number; candidates: string[] }>>();
    const api = fakeApi({ complete: () => answer.promise });
    const { screen, controller } = await mount(api);
    controller.input('kub\tget');
    expect(api.calls).toEqual(['state', 'complete kub 3']);
    answer.resolve(ok({ from: 0, candidates: ['kubectl'] }));
    await settle();
    expect(screen.lines()).toEqual([`${PROMPT}kubectl get`]);
  });

  it('clear leaves the prompt at the top of the screen', async () => {
    const api = fakeApi({ exec: async () => ok(done('\x1b[H\x1b[2J')) });
    const { screen, controller } = await mount(api);
    controller.input('clear\r');
    await settle();
    expect(screen.lines()).toEqual([PROMPT.trimEnd()]);
  });

  it('a failed request prints its message and a new prompt', async () => {
    const api = fakeApi({ exec: async () => ({ ok: false, error: { code: 'no_drill', message: 'no drill is running' } }) });
    const { screen, controller } = await mount(api);
    controller.input('ls\r');
    await settle();
    expect(screen.lines().slice(1)).toEqual(['no drill is running', PROMPT.trimEnd()]);
  });

  it('resumes polling a follow that was running when the terminal was reopened', async () => {
    const api = fakeApi({ state: async () => ok({ prompt: PROMPT, history: [], following: true }), poll: async () => ok({ output: 'more\n', following: false, prompt: PROMPT }) });
    const { screen } = await mount(api);
    await vi.advanceTimersByTimeAsync(200);
    expect(screen.lines()).toEqual(['more', PROMPT.trimEnd()]);
  });

  it('dispose stops polling and ignores answers still on their way', async () => {
    const api = fakeApi({ exec: async () => ok({ ...done(''), following: true }), poll: async () => ok({ output: 'tick\n', following: true, prompt: PROMPT }) });
    const { screen, controller } = await mount(api);
    controller.input('tail -f x\r');
    await vi.advanceTimersByTimeAsync(200);
    controller.dispose();
    const before = screen.lines();
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.calls.filter((c) => c === 'poll')).toHaveLength(1);
    expect(screen.lines()).toEqual(before);
    expect(vi.getTimerCount()).toBe(0);
  });
});
