import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project root: the nearest folder above this file holding package.json (source or built layout). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function bundledScenariosDir(): string {
  return resolve(projectRoot(), 'scenarios');
}

export function rendererBuildDir(): string {
  return resolve(projectRoot(), 'out', 'renderer');
}
