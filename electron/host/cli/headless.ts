import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Backend } from '../backend';
import { createBackend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import type { TimedRequest } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import type { PlayResult } from '../drill/play';
import { scenarioFoldersIn } from '../scenarios/catalog';
import type { CliIo } from './io';
import type { Participant } from '../../engine/team/types';

/**
 * What a headless play needs: a scenario id or folder, a seed, an actions file and a database (temporary if unset);
 * a team makes it a team drill.
 */
export type HeadlessArgs = { target: string; seed?: number; difficulty?: string; team?: Participant[]; actionsFile?: string; db?: string; scenariosDir: string };

/** Reads and checks an actions file; problems go to stderr as `file:[i].field: reason`. */
function readActions(file: string | undefined, io: CliIo): TimedRequest[] | number {
  if (file === undefined) return [];
  if (!existsSync(file)) {
    io.err(`${file}: no such file`);
    return 2;
  }
  const parsed = parseActionsFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.err(`${file}:${problem}`);
    return 2;
  }
  return parsed.actions;
}

/**
 * Plays a scenario headless through the same handlers as the UI (what `drill play` and `drill export` share),
 * hands the finished play to `use`, and cleans up. Returns `use`'s value, or an exit code on failure.
 */
export async function playHeadless<T>(args: HeadlessArgs, io: CliIo, use: (result: Extract<PlayResult, { ok: true }>, backend: Backend) => T): Promise<T | number> {
  const actions = readActions(args.actionsFile, io);
  if (typeof actions === 'number') return actions;
  const isFolder = existsSync(args.target) && statSync(args.target).isDirectory();
  const scenarioFolders = isFolder ? [resolve(args.target)] : scenarioFoldersIn(args.scenariosDir);
  const scenarioId = isFolder ? basename(resolve(args.target)) : args.target;
  const tempDir = args.db === undefined ? mkdtempSync(join(tmpdir(), 'firedrill-play-')) : undefined;
  const backend = createBackend({ dbPath: args.db ?? join(tempDir!, 'play.db'), scenarioFolders, live: false });
  try {
    const problems = backend.context.imports.problems.filter((p) => !isFolder || p.folder === scenarioFolders[0]);
    if (isFolder && problems.length > 0) {
      for (const p of problems) io.err(`${p.folder}/${p.file}:${p.path}: ${p.reason}`);
      return 1;
    }
    const result = await playDrill(backend, { scenario: scenarioId, seed: args.seed, difficulty: args.difficulty, team: args.team, actions });
    if (!result.ok) {
      io.err(result.message);
      return 1;
    }
    for (const warning of result.warnings) io.err(warning);
    return use(result, backend);
  } finally {
    backend.close();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  }
}
