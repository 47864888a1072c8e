import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../backend';
import { startHarness } from '../harness/server';
import { scenarioFoldersIn } from '../scenarios/catalog';
import type { CliIo } from './io';
import { projectRoot, rendererBuildDir } from './paths';

export type ServeArgs = { port?: number; db?: string; scenariosDir: string };

/** The default database for `serve`: a per-user file, like the app's user-data folder. */
function defaultDbPath(): string {
  const dir = join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'firedrill');
  mkdirSync(dir, { recursive: true });
  return join(dir, 'firedrill.db');
}

/** `serve`: runs the whole app in a browser through the harness until interrupted. */
export async function serveCommand(args: ServeArgs, io: CliIo): Promise<number> {
  const rendererDir = rendererBuildDir();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.err('[serve] building the app first (npm run build)…');
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot(), stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0 || !existsSync(join(rendererDir, 'index.html'))) {
      io.err('[serve] the build failed; run `npm run build` to see why');
      return 1;
    }
  }
  const backend = createBackend({ dbPath: args.db ?? defaultDbPath(), scenarioFolders: scenarioFoldersIn(args.scenariosDir), live: true });
  for (const p of backend.context.imports.problems) io.err(`[serve] skipped invalid scenario ${p.folder}/${p.file}:${p.path}: ${p.reason}`);
  const harness = await startHarness({ backend, rendererDir, port: args.port });
  io.out(`Firedrill is running at ${harness.url}`);
  io.out('Open that address in a browser (it carries this run\'s access token). Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await harness.close();
  backend.close();
  return 0;
}
