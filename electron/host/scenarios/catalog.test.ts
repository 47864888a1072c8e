import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store';
import type { Store } from '../store';
import { findScenario, importScenarios } from './catalog';

const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));

let root: string;
let store: Store;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'firedrill-catalog-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('importScenarios', () => {
  it('stores the valid folder and reports the invalid one without throwing', () => {
    const good = join(root, 'checkout-bad-deploy');
    const bad = join(root, 'broken');
    cpSync(BUNDLED, good, { recursive: true });
    mkdirSync(bad);
    writeFileSync(join(bad, 'scenario.yaml'), 'title: only a title\n');

    const report = importScenarios(store, [good, bad]);

    expect(report.imported.map((s) => s.id)).toEqual(['checkout-bad-deploy']);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.folder === bad && p.file === 'scenario.yaml')).toBe(true);
    expect(report.problems.map((p) => p.path)).toContain('summary');
    expect(store.scenarios.find('checkout-bad-deploy')?.version).toBe(report.imported[0]!.version);
    expect(store.scenarios.find('broken')).toBeUndefined();
  });

  it('reports a folder that does not exist', () => {
    const missing = join(root, 'nowhere');
    expect(importScenarios(store, [missing])).toEqual({ imported: [], problems: [{ folder: missing, file: '.', path: '(folder)', reason: 'folder not found' }] });
  });

  it('keeps each content version and serves the newest by default', () => {
    const dir = join(root, 'checkout-bad-deploy');
    cpSync(BUNDLED, dir, { recursive: true });
    const first = importScenarios(store, [dir]).imported[0]!.version;
    expect(importScenarios(store, [dir]).imported[0]!.version).toBe(first);
    writeFileSync(join(dir, 'runbook.md'), '# Roll back first\n');
    const second = importScenarios(store, [dir]).imported[0]!.version;
    expect(second).not.toBe(first);
    expect(findScenario(store, 'checkout-bad-deploy')?.version).toBe(second);
    expect(findScenario(store, 'checkout-bad-deploy', first)?.version).toBe(first);
  });
});
