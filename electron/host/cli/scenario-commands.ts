import { existsSync, statSync } from 'node:fs';
import { formatProblem } from '../../engine/scenario';
import { FAULTS, OPERATIONS } from '../../engine/sim';
import { validateFolder } from '../scenarios/catalog';
import { listScenarioDirs } from '../scenarios/read-folder';
import type { CliIo } from './io';

/** `scenario validate <folders…>`: one line per problem, `file:path: reason`; exit 1 if any. */
export function validateCommand(folders: readonly string[], io: CliIo): number {
  if (folders.length === 0) {
    io.err('usage: firedrill scenario validate <scenario folder…>');
    return 2;
  }
  let problems = 0;
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      io.err(`${folder}:(folder): not a folder`);
      problems++;
      continue;
    }
    const result = validateFolder(folder);
    if (result.ok) {
      io.out(`${folder}: ok (${result.scenario.id} ${result.scenario.version})`);
      continue;
    }
    for (const problem of result.problems) io.err(formatProblem(folder, problem));
    problems += result.problems.length;
  }
  return problems > 0 ? 1 : 0;
}

/** `scenario list`: one valid scenario per line, id first. */
export function listCommand(root: string, io: CliIo): number {
  let invalid = 0;
  for (const dir of existsSync(root) ? listScenarioDirs(root) : []) {
    const result = validateFolder(dir);
    if (result.ok) io.out(`${result.scenario.id}\t${result.scenario.version}\t${result.scenario.doc.duration}\t${result.scenario.doc.title}`);
    else invalid++;
  }
  if (invalid > 0) io.err(`(${invalid} invalid scenario folder${invalid === 1 ? '' : 's'} skipped: run firedrill scenario validate)`);
  return 0;
}

/** `scenario faults` / `scenario operations`: the fault kinds and learner operations a scenario may use. */
export function catalogCommand(what: 'faults' | 'operations', io: CliIo): number {
  const rows = what === 'faults' ? [...FAULTS.values()].map((f) => [f.kind, f.target, f.summary]) : [...OPERATIONS.values()].map((o) => [o.name, o.target, o.summary]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  for (const [name, target, summary] of rows) io.out(`${name!.padEnd(width)}  ${target!.padEnd(11)}  ${summary}`);
  return 0;
}
