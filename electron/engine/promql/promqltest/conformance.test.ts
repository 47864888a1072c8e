// Prometheus's own PromQL tests (../shared/conformance/promql/testdata) against Firedrill's engine: one test per
// file, asserting the file's passing-eval count does not drop below the floor recorded in floors.json. Floors
// only go up: after the engine improves, `UPDATE_PROMQL_FLOORS=1 npx vitest run electron/engine/promql/promqltest`
// raises them to the counts reached (never lowers them).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { firedrillEngine } from './engine';
import type { ScriptReport } from './runner';
import { runScript } from './runner';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../../..');
const TESTDATA = resolve(ROOT, '../shared/conformance/promql/testdata');
const FLOORS_FILE = join(HERE, 'floors.json');
const floors: Record<string, number> = JSON.parse(readFileSync(FLOORS_FILE, 'utf8'));
const present = existsSync(TESTDATA);
const files = [...new Set([...Object.keys(floors), ...(present ? readdirSync(TESTDATA).filter((f) => f.endsWith('.test')) : [])])].sort();
const reached = new Map<string, number>();

/** The failing evals, for the assertion message. */
function failures(file: string, report: ScriptReport): string {
  return report.outcomes
    .flatMap((o) => (o.status === 'failed' ? [`${file}:${o.line}: ${o.text}\n  expected: ${o.expected}\n  got: ${o.got}\n  why: ${o.why}`] : []))
    .slice(0, 40)
    .join('\n');
}

describe('PromQL conformance (Prometheus test scripts)', () => {
  for (const file of files) {
    const floor = floors[file] ?? 0;
    if (!present) {
      it.skip(`${file}: skipped, no test data at ${TESTDATA}`, () => {});
      continue;
    }
    it(`${file}: passes at least ${floor} evals`, { timeout: 120_000 }, () => {
      const report = runScript(readFileSync(join(TESTDATA, file), 'utf8'), firedrillEngine);
      reached.set(file, report.passed);
      expect(report.passed, `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped\n${failures(file, report)}`).toBeGreaterThanOrEqual(floor);
    });
  }

  afterAll(() => {
    if (process.env.UPDATE_PROMQL_FLOORS !== '1' || reached.size === 0) return;
    const next = { ...floors };
    for (const [file, passed] of reached) next[file] = Math.max(floors[file] ?? 0, passed);
    const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]]));
    writeFileSync(FLOORS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  });
});
