import { existsSync } from 'node:fs';
import type { ScenarioProblemReport } from '../../contract';
import { loadScenario } from '../../engine/scenario';
import type { Scenario } from '../../engine/scenario';
import type { Store } from '../store';
import { contentHash, listScenarioDirs, readScenarioFolder } from './read-folder';

export type ImportReport = { imported: Scenario[]; problems: ScenarioProblemReport[] };

/** The scenario folders directly under a root folder (none if the root does not exist). */
export function scenarioFoldersIn(root: string): string[] {
  return existsSync(root) ? listScenarioDirs(root) : [];
}

/** Validates each scenario folder and stores the valid ones; invalid folders are reported, never fatal. */
export function importScenarios(store: Store, folders: readonly string[]): ImportReport {
  const report: ImportReport = { imported: [], problems: [] };
  for (const dir of folders) {
    if (!existsSync(dir)) {
      report.problems.push({ folder: dir, file: '.', path: '(folder)', reason: 'folder not found' });
      continue;
    }
    const result = validateFolder(dir);
    if (!result.ok) {
      report.problems.push(...result.problems);
      continue;
    }
    store.scenarios.save({ id: result.scenario.id, version: result.scenario.version, title: result.scenario.doc.title, files: result.files });
    report.imported.push(result.scenario);
  }
  return report;
}

/** Reads and validates one scenario folder from disk. */
export function validateFolder(
  dir: string,
): { ok: true; scenario: Scenario; files: Record<string, string> } | { ok: false; problems: ScenarioProblemReport[] } {
  const folder = readScenarioFolder(dir);
  const result = loadScenario(folder.id, folder.version, folder.files);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ folder: dir, ...p })) };
  return { ok: true, scenario: result.scenario, files: Object.fromEntries(folder.files) };
}

/**
 * Validates a scenario folder sent as files (path relative to the folder → text) and stores it when valid, as a
 * folder on disk would be; the problems name the folder, file and path.
 */
export function importScenarioFiles(
  store: Store,
  id: string,
  files: Readonly<Record<string, string>>,
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblemReport[] } {
  // Hidden files (.DS_Store, editor swap files) are skipped as when a folder is read from disk.
  const kept = new Map(Object.entries(files).filter(([path]) => !path.split('/').some((part) => part.startsWith('.') || part === '')));
  const result = loadScenario(id, contentHash(kept), kept);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ folder: id, ...p })) };
  store.scenarios.save({ id, version: result.scenario.version, title: result.scenario.doc.title, files: Object.fromEntries(kept) });
  return { ok: true, scenario: result.scenario };
}

/** Loads a stored scenario version (the newest unless one is named). */
export function findScenario(store: Store, id: string, version?: string): Scenario | undefined {
  const stored = store.scenarios.find(id, version);
  if (!stored) return undefined;
  const result = loadScenario(stored.id, stored.version, new Map(Object.entries(stored.files)));
  return result.ok ? result.scenario : undefined;
}
