import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { clockTime, runRuleLab } from '../../engine/alerting/lab';
import type { TestFile } from '../../engine/alerting/promtool';
import { parseTestFile, runTestGroup } from '../../engine/alerting/promtool';
import type { RuleGroup, RuleProblem } from '../../engine/alerting/rules';
import { GroupEvaluator, parseRuleFile } from '../../engine/alerting/rules';
import type { AlertTimeline, LabReport } from '../../engine/alerting/timeline';
import { formatProblem, loadScenario } from '../../engine/scenario';
import { parseDuration } from '../../engine/sim/duration';
import { labelsKey } from '../../engine/tsdb';
import { readScenarioFolder } from '../scenarios/read-folder';
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

/** `file:line: group g, rule r: reason`, as promtool prints a rule file's problems. */
function problemLine(p: RuleProblem): string {
  const where = [p.group && `group ${p.group}`, p.rule && `rule ${p.rule}`].filter(Boolean).join(', ');
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${where ? `${where}: ` : ''}${p.reason}`;
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
      outcome.problems.push(...rules.problems.map(problemLine));
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

/** What `rules lab` takes: `<scenario-dir> <rule-file>` and its flags, as main parsed them. */
export type RulesLabArgs = { positionals: readonly string[]; seed?: number; within?: string; json?: boolean };

const LAB_USAGE = 'usage: firedrill rules lab <scenario-dir> <rule-file> [--seed N] [--within 5m] [--json]';
const DEFAULT_WITHIN = '5m';

/** One alert's spans, `HH:MM:SS–HH:MM:SS state`; a span still open at the drill's end runs to the end. */
function timelineLines(timelines: readonly AlertTimeline[], endUnixMs: number): string[] {
  if (timelines.length === 0) return ['  (no alert was pending or firing)'];
  return timelines.flatMap((tl) => [
    `  ${labelsKey({ ...tl.labels, __name__: tl.rule })}`,
    ...tl.spans.map((s) => `    ${clockTime(s.fromMs)}–${clockTime(s.toMs ?? endUnixMs)} ${s.state}${s.toMs === undefined ? ' (until the end)' : ''}`),
  ]);
}

function printReport(r: Extract<LabReport, { ok: true }>, ruleFile: string, io: CliIo): void {
  io.out(`alert-rule lab: ${ruleFile} on ${r.scenario} (seed ${r.seed}), ${clockTime(r.startUnixMs)}–${clockTime(r.endUnixMs)}`);
  io.out(`the fault starts at ${clockTime(r.onsetMs)}; an alert should fire by ${clockTime(r.onsetMs + r.withinMs)}`);
  io.out('');
  const width = Math.max(...r.checks.map((c) => c.id.length));
  for (const c of r.checks) io.out(`${c.passed ? '✓' : '✗'} ${c.id.padEnd(width)}  ${`${c.points}/${c.max}`.padStart(5)}  ${c.detail}`);
  for (const rule of r.rules.filter((x) => x.health === 'err')) io.out(`! rule ${rule.name} failed to evaluate: ${rule.lastError ?? 'unknown error'}`);
  io.out('');
  io.out('with the fault:');
  for (const line of timelineLines(r.fault, r.endUnixMs)) io.out(line);
  io.out('fault-free baseline:');
  for (const line of timelineLines(r.baseline, r.endUnixMs)) io.out(line);
  io.out('');
  io.out(`score: ${r.score}/${r.max}`);
}

/**
 * `rules lab <scenario-dir> <rule-file>`: replays the scenario with and without its fault, scores the rule
 * file's alerts (docs/alert-rule-lab.md) and prints the checks, each run's alert timeline and the score
 * (`--json`: the LabReport). Exit 0 when the lab ran, whatever the score; 1 on problems; 2 on usage errors.
 */
export function rulesLabCommand(args: RulesLabArgs, io: CliIo): number {
  const [dir, ruleFile] = args.positionals;
  if (args.positionals.length !== 2 || dir === undefined || ruleFile === undefined) {
    io.err(LAB_USAGE);
    return 2;
  }
  const withinMs = parseDuration(args.within ?? DEFAULT_WITHIN);
  if (withinMs === undefined || withinMs <= 0) {
    io.err(`--within: expected a duration such as 5m or 2m30s, got "${args.within}"`);
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`${dir}:(folder): not a folder`);
    return 1;
  }
  const folder = readScenarioFolder(dir);
  const loaded = loadScenario(folder.id, folder.version, folder.files);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(formatProblem(dir, p));
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(ruleFile, 'utf8');
  } catch (error) {
    io.err(`${ruleFile}: ${errorText(error)}`);
    return 1;
  }
  const report = runRuleLab(loaded.scenario, args.seed ?? loaded.scenario.doc.seed, text, { withinMs, file: ruleFile });
  if (args.json) io.out(JSON.stringify(report, null, 2));
  if (!report.ok) {
    for (const p of report.problems) io.err(problemLine(p));
    return 1;
  }
  if (!args.json) printReport(report, ruleFile, io);
  return 0;
}
