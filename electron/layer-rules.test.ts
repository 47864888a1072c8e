import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, returning the rule ids that fired. */
async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';
const LAYERS = 'firedrill/layers';

describe('layer rules (DESIGN.md §2)', () => {
  it.each([
    ['electron/engine/sim/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", RESTRICTED],
    ['electron/engine/sim/x.ts', "import { app } from 'electron';\nexport const x = app;\n", RESTRICTED],
    ['electron/engine/sim/x.ts', "import { openStore } from '../../host/store';\nexport const x = openStore;\n", LAYERS],
    ['electron/engine/sim/x.ts', "import type { Api } from '../../contract';\nexport type X = Api;\n", LAYERS],
    ['electron/contract/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n", RESTRICTED],
    ['electron/contract/x.ts', "import { createBackend } from '../host/backend';\nexport const x = createBackend;\n", LAYERS],
    ['electron/host/x.ts', "import { app } from 'electron';\nexport const x = app;\n", RESTRICTED],
    ['electron/host/x.ts', "import { bindIpc } from '../main/ipc';\nexport const x = bindIpc;\n", LAYERS],
    ['electron/preload/x.ts', "import { openStore } from '../host/store';\nexport const x = openStore;\n", LAYERS],
    ['renderer/x.ts', "import { openStore } from '../electron/host/store';\nexport const x = openStore;\n", LAYERS],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", RESTRICTED],
    ['renderer/x.ts', "import { requestSpecs } from '../electron/contract';\nexport const x = requestSpecs;\n", LAYERS],
    ['renderer/x.ts', "import { Drill } from '../electron/engine/drill';\nexport const x = Drill;\n", LAYERS],
  ])('refuses the wrong import in %s', async (file, code, rule) => {
    expect(await rulesFiredFor(file, code)).toContain(rule);
  });

  it.each([
    ['electron/engine/sim/x.ts', 'export const x = Date.now();\n'],
    ['electron/engine/sim/x.ts', 'export const x = Math.random();\n'],
  ])('refuses wall clock and unseeded randomness in the engine (%s)', async (file, code) => {
    expect(await rulesFiredFor(file, code)).toContain('no-restricted-properties');
  });

  it.each([
    ['electron/host/x.ts', "import { readFileSync } from 'node:fs';\nimport { Drill } from '../engine/drill';\nexport const x = [readFileSync, Drill];\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createBackend } from '../host/backend';\nexport const x = [app, createBackend];\n"],
    ['renderer/x.ts', "import type { Api } from '../electron/contract';\nexport type X = Api;\n"],
    ['renderer/x.ts', "import { parseExpr } from '../electron/engine/promql/parser';\nexport const x = parseExpr;\n"],
    ['renderer/x.ts', "import { parseDashboard } from '../electron/engine/dashboards';\nexport const x = parseDashboard;\n"],
    ['electron/host/cli/x.ts', "import { main } from './main';\nexport const x = main;\n"],
  ])('allows what the layer may use (%s)', async (file, code) => {
    const fired = await rulesFiredFor(file, code);
    expect(fired).not.toContain(RESTRICTED);
    expect(fired).not.toContain(LAYERS);
  });
});
