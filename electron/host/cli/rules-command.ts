import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { TestFile } from '../../engine/alerting/promtool';
import { parseTestFile, runTestGroup } from '../../engine/alerting/promtool';
import type { RuleGroup } from '../../engine/alerting/rules';
import { GroupEvaluator, parseRuleFile } from '../../engine/alerting/rules';
import type { CliIo } from './io';

const GLOB = /[*?[]/;

/** `*`, `?` and `[…]` in the last path element (promtool's filepath.Glob, for the common case). */
function globFile(pattern: string): string[] {
  const dir = dirname(pattern);
  if (GLOB.test(dir)) throw new Error(`${pattern}: globs in folder names are not supported`);
  const re = new RegExp(
    `^${basename(pattern)
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  return readdirSync(dir)
    .filter((name) => re.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The rule files of a test file: relative to its folder, globs expanded (promtool's resolveAndGlobFilepaths). */
export function resolveRuleFiles(testFile: string, testFileData: TestFile): string[] {
  const base = dirname(testFile);
  const out: string[] = [];
  for (const f of testFileData.ruleFiles) {
    const path = isAbsolute(f) ? f : join(base, f);
    out.push(...(GLOB.test(path) ? globFile(path) : [path]));
  }
  return out;
}

type FileOutcome = { passed: number; failed: number; problems: string[]; failures: string[][] };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one test file: its problems (nothing ran) or a pass/fail per test group with the failures' texts. */
export function runTestFile(file: string): FileOutcome {
  const outcome: FileOutcome = { passed: 0, failed: 0, problems: [], failures: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    outcome.problems.push(`${file}: ${errorText(error)}`);
    return outcome;
  }
  const parsed = parseTestFile(text, file);
  if (!parsed.ok) {
    outcome.problems.push(...parsed.problems.map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.reason}`));
    return outcome;
  }
  const groups: RuleGroup[] = [];
  let ruleFiles: string[];
  try {
    ruleFiles = resolveRuleFiles(file, parsed.testFile);
  } catch (error) {
    outcome.problems.push(`${file}: rule_files: ${errorText(error)}`);
    return outcome;
  }
  for (const ruleFile of ruleFiles) {
    let ruleText: string;
    try {
      ruleText = readFileSync(ruleFile, 'utf8');
    } catch (error) {
      outcome.problems.push(`${ruleFile}: ${errorText(error)}`);
      continue;
    }
    const rules = parseRuleFile(ruleText, ruleFile);
    if (!rules.ok) {
      for (const p of rules.problems) {
        const where = [p.group && `group ${p.group}`, p.rule && `rule ${p.rule}`].filter(Boolean).join(', ');
        outcome.problems.push(`${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${where ? `${where}: ` : ''}${p.reason}`);
      }
      continue;
    }
    groups.push(...rules.groups);
  }
  if (outcome.problems.length > 0) return outcome;
  const { evaluationIntervalMs, groupEvalOrder } = parsed.testFile;
  for (const [i, tg] of parsed.testFile.tests.entries()) {
    const errs = runTestGroup(tg, {
      groups,
      groupName: (g) => g.name,
      evaluator: (g, deps) =>
        new GroupEvaluator(g, {
          queryable: deps.queryable,
          append: deps.append,
          externalLabels: deps.externalLabels,
          externalURL: deps.externalUrl,
          engineOptions: deps.engineOptions,
        }),
      evaluationIntervalMs,
      groupEvalOrder,
    });
    if (errs.length === 0) {
      outcome.passed++;
    } else {
      outcome.failed++;
      outcome.failures.push([`  FAILED: test ${i + 1}${tg.name ? ` (${tg.name})` : ''} at ${file}:${tg.line}`, ...errs]);
    }
  }
  return outcome;
}

/**
 * `rules test <test.yml…>`: runs promtool rule unit-test files. Prints `Unit Testing: file`, then each failing
 * test group's failures in promtool's wording (or the file's problems), then `N passed, N failed` over every test
 * group of every file. Exit 1 on any failure or unreadable/invalid file.
 */
export function rulesTestCommand(files: readonly string[], io: CliIo): number {
  if (files.length === 0) {
    io.err('usage: firedrill rules test <test.yml…>');
    return 2;
  }
  let passed = 0;
  let failed = 0;
  let broken = false;
  for (const file of files) {
    io.out(`Unit Testing: ${file}`);
    const outcome = runTestFile(file);
    passed += outcome.passed;
    failed += outcome.failed;
    if (outcome.problems.length > 0) {
      broken = true;
      io.out('  FAILED:');
      for (const p of outcome.problems) io.out(`    ${p}`);
    }
    for (const failure of outcome.failures) {
      for (const block of failure) io.out(block);
      io.out('');
    }
    if (outcome.problems.length === 0 && outcome.failed === 0) io.out('  SUCCESS');
  }
  io.out(`${passed} passed, ${failed} failed`);
  return broken || failed > 0 ? 1 : 0;
}
