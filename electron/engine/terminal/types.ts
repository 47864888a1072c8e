import type { EcsEvent } from '../sim/outputs/ecs';
import type { SimMillis } from '../sim/clock';
import type { World } from '../sim/world';

/**
 * The virtual filesystem of one simulated host: generated files (logs, /proc, configs derived from world
 * state at the moment they are read) under a writable overlay (what redirections and `rm` change).
 * Paths are absolute and normalised (`/var/log/checkout.log`).
 */
export type FsError = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EACCES' | 'EEXIST' | 'ENOTEMPTY';
export type FsStat = { kind: 'file' | 'dir'; size: number; mtimeMs: number; mode: string; owner: string };
export type VirtualFs = {
  read(path: string): { ok: true; text: string } | { ok: false; error: FsError };
  stat(path: string): FsStat | undefined;
  /** Entry names of a directory, sorted. */
  list(path: string): { ok: true; names: string[] } | { ok: false; error: FsError };
  write(path: string, text: string, append: boolean): { ok: true } | { ok: false; error: FsError };
  remove(path: string, recursive: boolean): { ok: true } | { ok: false; error: FsError };
};

/**
 * A file the filesystem generates from world state, by data: a provider is asked for the files it has on
 * a host and produces their text on read.
 */
export type FileProvider = {
  name: string;
  /** The absolute paths this provider serves on `host` now (directories are implied by the paths). */
  paths(host: string, context: CommandContext): readonly string[];
  read(host: string, path: string, context: CommandContext): string;
};

/** What a command sees: the world and its logs at the moment it runs, and the ways it may change it. */
export type CommandContext = {
  world: World;
  now: SimMillis;
  /** Every log event so far, in time order (the log stream behind /var/log, journalctl and kubectl logs). */
  logs(): readonly EcsEvent[];
  /** Runs a learner operation (rollback, restart, scale…) through the simulation and returns what it said. */
  operate(operation: string, target: string, params: Record<string, unknown>): { ok: boolean; output: string };
  /** Text files the scenario ships that tools may read (e.g. `rules.yml` for promtool), by name. */
  scenarioFiles: ReadonlyMap<string, string>;
};

/** One invocation inside a pipeline: its arguments, standard input and the shell's state around it. */
export type CommandInvocation = {
  /** Arguments after the command name, already expanded and unquoted. */
  args: readonly string[];
  stdin: string;
  env: ReadonlyMap<string, string>;
  user: string;
  /** The host the shell is on and its working directory. */
  host: string;
  cwd: string;
  fs: VirtualFs;
  /** The answer to the confirmation this command asked for on its previous run, when it asked one. */
  confirmed?: boolean;
};

/**
 * Output that keeps coming after the command returns (`tail -f`, `kubectl logs -f`, `journalctl -f`,
 * `kubectl rollout status`): asked each time the sim clock moves, until it says it is done or the learner
 * presses Ctrl-C.
 */
export type Follow = {
  next(context: CommandContext): { text: string; done: boolean; exitCode?: number };
};

export type CommandResult = {
  stdout: string;
  stderr: string;
  exitCode: number;
  follow?: Follow;
  /**
   * A confirmation the real tool would ask before acting (`rm -I`, `kubectl delete --interactive`): the shell
   * prints the question, and runs the command again with `confirmed` set to the learner's answer.
   */
  confirm?: string;
};

/** One terminal command, registered by name in the command table. */
export type Command = {
  name: string;
  summary: string;
  usage: string;
  /** The `man` page text: NAME, SYNOPSIS, DESCRIPTION and OPTIONS as the real page words them, shortened. */
  man?: string;
  /**
   * Output is exact Unix text (every line ends in a newline, the last only when the data has one), as the
   * text tools write it; otherwise the shell ends the output with a newline before piping or printing it.
   */
  exact?: boolean;
  /** Flags offered by tab completion. */
  flags?: readonly string[];
  /** Completion candidates for the word being typed, given the words before it (subcommands, pods, hosts…). */
  complete?(words: readonly string[], partial: string, context: CommandContext): readonly string[];
  run(invocation: CommandInvocation, context: CommandContext): CommandResult;
};
