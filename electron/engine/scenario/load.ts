import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { parseAlertmanagerConfig } from '../alerting/dispatch';
import type { AlertmanagerConfig } from '../alerting/dispatch';
import { parseLogRuleFile } from '../alerting/logrules';
import type { LogRuleGroup } from '../alerting/logrules';
import { parseRuleFile } from '../alerting/rules';
import type { RuleGroup, RuleProblem } from '../alerting/rules';
import { loadScenarioDashboards } from './dashboards';
import type { ScenarioDashboard } from './dashboards';
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
  /** The log-count alert groups of `log-rules.yml`, when the folder has one. */
  logRuleGroups?: LogRuleGroup[];
  /** The Alertmanager configuration of `alertmanager.yml`, when the folder has one. */
  alertmanager?: AlertmanagerConfig;
  /** Runbooks by path (`runbooks/<name>.md`) → Markdown. */
  runbooks?: Record<string, string>;
  /** The raw rule and Alertmanager files by name, for the terminal's tools (`promtool check rules`). */
  toolFiles?: Record<string, string>;
  /** The Grafana dashboards of `dashboards/*.json`, in file-name order ([] when the folder has none). */
  dashboards?: ScenarioDashboard[];
};

/** The scenario's Prometheus rule file (a real one: promtool accepts it as it is). */
export const RULES_FILE = 'rules.yml';
/** Log-count alert rules: kept apart so rules.yml stays a file promtool accepts (docs/log-rules.md). */
export const LOG_RULES_FILE = 'log-rules.yml';
/** The scenario's Alertmanager configuration (routes, inhibitions, receivers), in Alertmanager's format. */
export const ALERTMANAGER_FILE = 'alertmanager.yml';
const RUNBOOK_PATH = /^runbooks\/[a-z0-9][a-z0-9._-]*\.md$/;

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
  if (ruleFile && !ruleFile.ok) problems.push(...ruleFile.problems.map(ruleProblem));
  const logRules = files.get(LOG_RULES_FILE);
  const logRuleFile = logRules === undefined ? undefined : parseLogRuleFile(logRules, LOG_RULES_FILE);
  if (logRuleFile && !logRuleFile.ok) problems.push(...logRuleFile.problems.map(ruleProblem));
  const amText = files.get(ALERTMANAGER_FILE);
  const am = amText === undefined ? undefined : parseAlertmanagerConfig(amText);
  if (am && !am.ok) problems.push(...am.errors.map((e) => ({ file: ALERTMANAGER_FILE, path: e.path || '(file)', reason: e.reason })));
  const runbooks: Record<string, string> = {};
  for (const [path, text] of files) {
    if (!path.startsWith('runbooks/')) continue;
    if (RUNBOOK_PATH.test(path)) runbooks[path] = text;
    else problems.push({ file: path, path: '(file)', reason: 'runbooks must be Markdown files named runbooks/<lower-case-name>.md' });
  }
  const dashboards = loadScenarioDashboards(files);
  problems.push(...dashboards.problems);
  const home = parsed.success ? parsed.data.home_dashboard : undefined;
  if (home !== undefined && !dashboards.dashboards.some((d) => d.dashboard.uid === home)) {
    problems.push({ file: SCENARIO_FILE, path: 'home_dashboard', reason: `no dashboard in dashboards/*.json has uid "${home}"` });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  // The home dashboard leads the list, so a drill opens it first.
  const ordered = [...dashboards.dashboards].sort((a, b) => Number(b.dashboard.uid === home) - Number(a.dashboard.uid === home));
  const scenario: Scenario = { id, version, doc: parsed.data, dashboards: ordered };
  if (ruleFile?.ok) scenario.ruleGroups = ruleFile.groups;
  if (logRuleFile?.ok) scenario.logRuleGroups = logRuleFile.groups;
  if (am?.ok) scenario.alertmanager = am.config;
  if (Object.keys(runbooks).length > 0) scenario.runbooks = runbooks;
  const toolFiles = Object.fromEntries([RULES_FILE, LOG_RULES_FILE, ALERTMANAGER_FILE].flatMap((f) => (files.has(f) ? [[f, files.get(f)!]] : [])));
  if (Object.keys(toolFiles).length > 0) scenario.toolFiles = toolFiles;
  return { ok: true, scenario };
}

/** A rule-file problem as a scenario problem: the line when known, else the group and rule. */
function ruleProblem(p: RuleProblem): ScenarioProblem {
  const where = p.line !== undefined ? `line ${p.line}` : p.group !== undefined ? `groups.${p.group}${p.rule !== undefined ? `.${p.rule}` : ''}` : '(file)';
  return { file: p.file, path: p.rule !== undefined && p.line !== undefined ? `${where} (rule ${p.rule})` : where, reason: p.reason };
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
