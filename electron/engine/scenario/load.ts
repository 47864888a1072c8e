import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { parseRuleFile } from '../alerting/rules';
import type { RuleGroup } from '../alerting/rules';
import { scenarioSchema } from './schema';
import type { ScenarioDocument } from './schema';

/** The scenario document file inside a scenario folder. */
export const SCENARIO_FILE = 'scenario.yaml';

/** A scenario ready to play: its id (the folder name), version (content hash) and validated document. */
export type Scenario = {
  id: string;
  version: string;
  doc: ScenarioDocument;
  /** The Prometheus rule groups of `rules.yml`, when the folder has one. */
  ruleGroups?: RuleGroup[];
};

/** The scenario's Prometheus rule file (a real one: promtool accepts it as it is). */
export const RULES_FILE = 'rules.yml';

/** One thing wrong with a scenario folder: which file, where inside it, and why. */
export type ScenarioProblem = {
  file: string;
  path: string;
  reason: string;
};

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Validates a scenario folder given as its files' texts (relative path → text). Reading the disk and
 * hashing belong to the host; this stays pure so the same checks run everywhere.
 */
export function loadScenario(id: string, version: string, files: ReadonlyMap<string, string>): LoadResult {
  const problems: ScenarioProblem[] = [];
  if (!ID_RE.test(id)) {
    problems.push({ file: '.', path: '(folder)', reason: `folder name "${id}" is not a valid scenario id (lower-case letters, digits, dashes)` });
  }
  const text = files.get(SCENARIO_FILE);
  if (text === undefined) {
    problems.push({ file: SCENARIO_FILE, path: '(file)', reason: 'missing: every scenario folder needs a scenario.yaml' });
    return { ok: false, problems };
  }
  // yaml fills in `linePos` only for pretty errors, so positions come from our own line counter.
  const lines = new LineCounter();
  const yaml = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) {
      const where = error.pos[0] >= 0 ? lines.linePos(error.pos[0]) : undefined;
      const at = where ? `line ${where.line}, column ${where.col}` : '(document)';
      problems.push({ file: SCENARIO_FILE, path: at, reason: `YAML syntax: ${firstLine(error.message)}` });
    }
    return { ok: false, problems };
  }
  const parsed = scenarioSchema.safeParse(yaml.toJS());
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => toProblem(SCENARIO_FILE, issue)));
  }
  const rules = files.get(RULES_FILE);
  const ruleFile = rules === undefined ? undefined : parseRuleFile(rules, RULES_FILE);
  if (ruleFile && !ruleFile.ok) {
    for (const p of ruleFile.problems) {
      const where = p.line !== undefined ? `line ${p.line}` : p.group !== undefined ? `groups.${p.group}${p.rule !== undefined ? `.${p.rule}` : ''}` : '(file)';
      problems.push({ file: RULES_FILE, path: p.rule !== undefined && p.line !== undefined ? `${where} (rule ${p.rule})` : where, reason: p.reason });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const ruleGroups = ruleFile?.ok ? ruleFile.groups : undefined;
  return { ok: true, scenario: { id, version, doc: parsed.data, ...(ruleGroups ? { ruleGroups } : {}) } };
}

function toProblem(file: string, issue: z.core.$ZodIssue): ScenarioProblem {
  const path = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
  return { file, path, reason: issue.message };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Renders a problem the way `firedrill scenario validate` prints it: `file:path: reason`. */
export function formatProblem(folder: string, problem: ScenarioProblem): string {
  const file = problem.file === '.' ? folder : `${folder}/${problem.file}`;
  return `${file}:${problem.path}: ${problem.reason}`;
}
