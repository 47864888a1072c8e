import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createBackend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import type { TimedRequest } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { scenarioFoldersIn } from '../scenarios/catalog';
import type { CliIo } from './io';

export type PlayArgs = { target: string; seed?: number; actionsFile?: string; db?: string; scenariosDir: string };

/** `drill play`: plays headless and prints the score JSON; the database is a fresh temporary file unless --db is given. */
export async function playCommand(args: PlayArgs, io: CliIo): Promise<number> {
  let actions: TimedRequest[] = [];
  if (args.actionsFile !== undefined) {
    if (!existsSync(args.actionsFile)) {
      io.err(`${args.actionsFile}: no such file`);
      return 2;
    }
    const parsed = parseActionsFile(readFileSync(args.actionsFile, 'utf8'));
    if (!parsed.ok) {
      for (const problem of parsed.problems) io.err(`${args.actionsFile}:${problem}`);
      return 2;
    }
    actions = parsed.actions;
  }
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
    const result = await playDrill(backend, { scenario: scenarioId, seed: args.seed, actions });
    if (!result.ok) {
      io.err(result.message);
      return 1;
    }
    for (const warning of result.warnings) io.err(warning);
    io.out(JSON.stringify(result.score, null, 2));
    return 0;
  } finally {
    backend.close();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  }
}
