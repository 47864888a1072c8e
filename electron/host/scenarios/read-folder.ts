import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

export type ScenarioFolder = { id: string; dir: string; version: string; files: Map<string, string> };

/** Reads every file of a scenario folder (hidden files skipped) and hashes them all into its version. */
export function readScenarioFolder(dir: string): ScenarioFolder {
  const files = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return { id: basename(dir), dir, version: contentHash(files), files };
}

/** The content hash covers every file's path and bytes, so any edit makes a new version. */
export function contentHash(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${files.get(path)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Scenario folders directly under a directory (anything that is a folder and not hidden). */
export function listScenarioDirs(root: string): string[] {
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .sort();
}
