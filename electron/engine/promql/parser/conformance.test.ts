// Every `eval` expression of Prometheus's own PromQL tests (../shared/conformance/promql/testdata) must
// parse. Exclusions, each counted below:
// - evals expected to fail (`expect fail`, `eval_fail`, `expected_fail_*`): they may fail when parsed or
//   when evaluated, so they only have to fail with a ParseError if they fail here;
// - calls to Prometheus functions missing from FUNCTIONS (the native-histogram functions histogram_avg,
//   histogram_count, histogram_sum, histogram_stddev, histogram_stdvar, histogram_fraction): the evaluator
//   requires an implementation for every non-experimental signature, so they are declared together with
//   their implementations. Once declared, these evals are checked like the rest.
// Experimental functions (mad_over_time, sort_by_label, histogram_quantiles, step(), min_of(), …) parse:
// they are declared as experimental, as Prometheus's own tests enable them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { FUNCTIONS } from './functions';
import { parseExpr } from './parse';

const TESTDATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/conformance/promql/testdata');
const NOT_YET_DECLARED = ['histogram_avg', 'histogram_count', 'histogram_sum', 'histogram_stddev', 'histogram_stdvar', 'histogram_fraction'];

const INSTANT = /^eval(?:_(?:fail|warn|ordered|info))?\s+instant\s+(?:at\s+\S+\s+)?(.+)$/;
const RANGE = /^eval(?:_(?:fail|warn|info))?\s+range\s+from\s+\S+\s+to\s+\S+\s+step\s+\S+\s+(.+)$/;
const EXPECT_FAIL = /^(expect fail|expected_fail_message|expected_fail_regexp)\b/;

type Eval = { where: string; expr: string; expectFail: boolean };

/** The eval commands of a test script, read as promqltest reads them: trimmed lines, `#` lines blank, blank lines end a block. */
function evals(file: string): Eval[] {
  const lines = readFileSync(join(TESTDATA, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .map((l) => (l.startsWith('#') ? '' : l));
  const out: Eval[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('eval')) return;
    const match = INSTANT.exec(line) ?? RANGE.exec(line);
    if (!match) throw new Error(`${file}:${i + 1}: unreadable eval line: ${line}`);
    let expectFail = line.startsWith('eval_fail');
    for (let j = i + 1; j < lines.length && lines[j] !== ''; j++) if (EXPECT_FAIL.test(lines[j]!)) expectFail = true;
    out.push({ where: `${file}:${i + 1}`, expr: match[1]!, expectFail });
  });
  return out;
}

// The suite lives beside the repository (../shared), never in it: without it there is nothing to parse.
const present = existsSync(TESTDATA);
const files = present ? readdirSync(TESTDATA).filter((f) => f.endsWith('.test')).sort() : [];
const all = files.flatMap(evals);
const pending = (e: Eval) => NOT_YET_DECLARED.some((name) => !FUNCTIONS.has(name) && new RegExp(`\\b${name}\\s*\\(`).test(e.expr));

describe.skipIf(!present)(`conformance test data: every eval expression parses${present ? '' : ` (skipped: no test data at ${TESTDATA})`}`, () => {
  it('finds the evals of the upstream suite', () => {
    expect(all.length).toBe(1206);
  });

  it.each(files)('%s', (file) => {
    const failures: string[] = [];
    for (const e of evals(file)) {
      let error: unknown;
      try {
        parseExpr(e.expr);
      } catch (caught) {
        error = caught;
      }
      if (error === undefined) continue;
      if (!(error instanceof ParseError)) failures.push(`${e.where}: ${e.expr}: threw ${String(error)}`);
      else if (!e.expectFail && !pending(e)) failures.push(`${e.where}: ${e.expr}: ${error.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('counts what is excluded', () => {
    const parses = (e: Eval) => {
      try {
        parseExpr(e.expr);
        return true;
      } catch {
        return false;
      }
    };
    const parsed = all.filter(parses).length;
    const expectedToFail = all.filter((e) => e.expectFail && !parses(e)).length;
    const notYetDeclared = all.filter((e) => !e.expectFail && pending(e)).length;
    // Today: 1139 parse, the 2 limitk/limit_ratio evals expected to fail do not, 65 await the histogram functions.
    expect(expectedToFail).toBe(2);
    expect(parsed + expectedToFail + notYetDeclared).toBe(all.length);
    expect(parsed).toBeGreaterThanOrEqual(1139);
  });
});
