// The back end first: it loads every handler module before the debrief modules that play scripts through them.
import { createBackend } from '../backend';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDifficulty } from '../../engine/scenario';
import { scenarioFoldersIn } from '../scenarios/catalog';
import { clearIdealPaths, idealPath } from './ideal-path';

const ROOT = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const FOLDERS = scenarioFoldersIn(ROOT).filter((dir) => existsSync(join(dir, 'scenario.yaml')));
const backend = createBackend({ dbPath: ':memory:', scenarioFolders: FOLDERS, live: false });
afterAll(() => backend.close());

describe.each(FOLDERS.map((folder) => basename(folder)))('the ideal path of %s', (id) => {
  const scenario = backend.context.imports.imported.find((s) => s.id === id)!;
  const key = { scenario: id, version: scenario.version, seed: scenario.doc.seed, difficulty: defaultDifficulty(scenario.doc) };

  it('plays the expert script: its signal spikes with the fault and recovers by the end', () => {
    clearIdealPaths();
    const ideal = idealPath(backend.context.store, key);
    expect(ideal.problem).toBeUndefined();
    expect(ideal.warnings).toEqual([]);
    const { moments, signal } = ideal.path!;
    expect(moments.some((m) => m.lane === 'recovery')).toBe(true);
    expect(moments.some((m) => m.lane === 'alerts' && m.label.endsWith('fired'))).toBe(true);
    // Every 15 s step has a point once the 1m rate window has data: the signal's query returns real series.
    const end = moments.at(-1)!.at;
    expect(signal!.length).toBeGreaterThanOrEqual(Math.floor(end / 15_000) - 4);
    const values = signal!.map(([, v]) => v);
    const peak = Math.max(...values);
    const last = values.at(-1)!;
    expect(peak).toBeGreaterThan(last * 3);
  });

  it('is cached: the same (scenario, version, seed, difficulty) is built once', () => {
    const first = idealPath(backend.context.store, key);
    expect(idealPath(backend.context.store, key)).toBe(first);
    expect(idealPath(backend.context.store, { ...key, seed: key.seed + 1 })).not.toBe(first);
  });
});
