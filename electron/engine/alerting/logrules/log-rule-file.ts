/**
 * Log rule files (`log-rules.yml`, docs/log-rules.md): groups of rules that count the log events matching a
 * KQL query over a window and alert on the count. Read like a Prometheus rule file (rules/rule-file.ts, whose
 * YAML helpers this shares): unknown fields, names, durations, queries, templates and label names are
 * checked, and every problem is collected with its line.
 */
import { LineCounter, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { KqlNode } from '../../logs/kql';
import { parseKql } from '../../logs/kql';
import { checkTemplate, isValidName } from '../rules';
import type { RuleProblem } from '../rules';
import { RuleFileReader, describeYamlNode } from '../rules/rule-file';

export type LogRuleOp = '>' | '>=' | '<' | '<=';
/** One log rule: alert when the count of matching events in the window compares with the threshold. */
export type LogRule = {
  name: string;
  query: string;
  ast: KqlNode;
  windowMs: number;
  /** Event fields; each distinct set of their values is counted (and alerts) on its own. */
  groupBy: string[];
  op: LogRuleOp;
  threshold: number;
  forMs: number;
  keepFiringForMs: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};
export type LogRuleGroup = { name: string; intervalMs?: number; rules: LogRule[] };
export type ParseLogRuleFileResult = { ok: true; groups: LogRuleGroup[] } | { ok: false; problems: RuleProblem[] };

const OPS: readonly LogRuleOp[] = ['>', '>=', '<', '<='];
const GROUP_FIELDS = new Set(['name', 'interval', 'rules']);
const RULE_FIELDS = new Set(['alert', 'query', 'window', 'group_by', 'threshold', 'op', 'for', 'keep_firing_for', 'labels', 'annotations']);
/** Labels the evaluator sets itself, which a group_by field may not produce. */
const RESERVED_LABELS = new Set(['rule', 'alertname', 'alertstate']);

/** The label a group_by field becomes: dots turned into underscores (`service.name` → `service_name`). */
export function groupByLabel(field: string): string {
  return field.replaceAll('.', '_');
}

/** Parse and validate a log rule file; `file` only labels the problems. */
export function parseLogRuleFile(text: string, file: string): ParseLogRuleFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, reason: e.message })) };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { ok: true, groups: [] };
  const r = new RuleFileReader(file, lines);
  const groupsNode = r.fields(doc.contents, new Set(['groups']), 'logrules.RuleGroups').get('groups')?.value;
  const groupNodes = sequence(r, groupsNode, '[]logrules.RuleGroup');
  const seenGroups = new Set<string>();
  const seenAlerts = new Set<string>();
  const groups: LogRuleGroup[] = [];
  for (const g of groupNodes) {
    const before = r.problems.length;
    const f = r.fields(g, GROUP_FIELDS, 'logrules.RuleGroup');
    const name = r.string(f.get('name')?.value, 'string') ?? '';
    if (name === '') r.add(g, 'Groupname must not be empty');
    else if (seenGroups.has(name)) r.add(f.get('name')?.value, `groupname: "${name}" is repeated in the same file`, name);
    seenGroups.add(name);
    const intervalMs = r.duration(f.get('interval')?.value, name);
    if (intervalMs === 0) r.add(f.get('interval')?.value, 'interval must be greater than 0', name);
    if (name !== '') for (const p of r.problems.slice(before)) p.group = name;
    const ruleNodes = sequence(r, f.get('rules')?.value, '[]logrules.Rule', name);
    const rules = ruleNodes.map((n, i) => parseLogRule(r, n, name, i, seenAlerts));
    const group: LogRuleGroup = { name, rules: rules.filter((x): x is LogRule => x !== undefined) };
    if (intervalMs) group.intervalMs = intervalMs;
    groups.push(group);
  }
  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, groups };
}

function sequence(r: RuleFileReader, node: YamlNode | null | undefined, type: string, group?: string, rule?: string): unknown[] {
  if (isSeq(node)) return node.items;
  if (node && !(isScalar(node) && node.value === null)) r.add(node, `cannot unmarshal ${describeYamlNode(node)} into ${type}`, group, rule);
  return [];
}

function parseLogRule(r: RuleFileReader, node: unknown, group: string, index: number, seenAlerts: Set<string>): LogRule | undefined {
  const before = r.problems.length;
  const f = r.fields(node, RULE_FIELDS, 'logrules.Rule', group);
  const alertNode = f.get('alert')?.value;
  const name = r.string(alertNode, 'string', group) ?? '';
  const label = name || `#${index + 1}`;
  // Problems found while reading fields did not know the rule's name yet.
  for (const p of r.problems.slice(before)) p.rule = label;
  const problem = (at: unknown, reason: string): void => r.add(at ?? alertNode ?? node, reason, group, label);
  const field = (key: string) => f.get(key)?.value ?? undefined;
  /** A required field: present and not empty, else reported against the rule. */
  const required = (key: string): YamlNode | undefined => {
    const value = field(key);
    if (value === undefined || (isScalar(value) && (value.value === null || value.value === ''))) {
      problem(node, `field '${key}' must be set in rule`);
      return undefined;
    }
    return value;
  };

  if (name !== '' && !isValidName(name)) problem(alertNode, `invalid alert name: ${name}`);
  if (name !== '' && seenAlerts.has(name)) problem(alertNode, `alert "${name}" is repeated in the same file (its count series is named after it)`);
  if (name === '') required('alert');
  seenAlerts.add(name);

  const queryNode = required('query');
  const query = r.string(queryNode, 'string', group, label) ?? '';
  let ast: KqlNode | undefined;
  if (queryNode && query !== '') {
    const parsed = parseKql(query);
    if (parsed.ok) ast = parsed.ast;
    else problem(queryNode, `could not parse query: ${parsed.error.message} (column ${parsed.error.position + 1})`);
  }

  const windowNode = required('window');
  const windowMs = windowNode ? r.duration(windowNode, group, label) : undefined;
  if (windowMs === 0) problem(windowNode, 'window must be greater than 0');

  const thresholdNode = required('threshold');
  const threshold = isScalar(thresholdNode) && typeof thresholdNode.value === 'number' ? thresholdNode.value : undefined;
  if (thresholdNode && (threshold === undefined || !Number.isFinite(threshold))) {
    const shown = isScalar(thresholdNode) ? ` \`${String(thresholdNode.value)}\`` : '';
    problem(thresholdNode, `threshold must be a number, not ${describeYamlNode(thresholdNode)}${shown}`);
  }
  const opText = r.string(field('op'), 'string', group, label);
  const op = OPS.find((o) => o === (opText || '>'));
  if (!op) problem(field('op'), `op must be one of ${OPS.map((o) => `"${o}"`).join(', ')}, not "${opText}"`);

  const groupBy = readGroupBy(r, field('group_by'), group, label, problem);
  const forMs = r.duration(field('for'), group, label) ?? 0;
  const keepFiringForMs = r.duration(field('keep_firing_for'), group, label) ?? 0;
  const labels = r.stringMap(field('labels'), group, label);
  const annotations = r.stringMap(field('annotations'), group, label);
  for (const [k, v] of Object.entries(labels)) {
    if (!isValidName(k) || k === '__name__') problem(field('labels'), `invalid label name: ${k}`);
    const err = checkTemplate(v, `__alert_${name}`);
    if (err) problem(field('labels'), `label ${JSON.stringify(k)}: ${err}`);
  }
  for (const [k, v] of Object.entries(annotations)) {
    if (!isValidName(k)) problem(field('annotations'), `invalid annotation name: ${k}`);
    const err = checkTemplate(v, `__alert_${name}`);
    if (err) problem(field('annotations'), `annotation ${JSON.stringify(k)}: ${err}`);
  }

  if (r.problems.length > before || !ast || !windowMs || threshold === undefined || !op) return undefined;
  return { name, query, ast, windowMs, groupBy, op, threshold, forMs, keepFiringForMs, labels, annotations };
}

/** group_by: a list of event fields whose labels (dots → underscores) are valid, distinct and not reserved. */
function readGroupBy(r: RuleFileReader, node: YamlNode | undefined, group: string, rule: string, problem: (at: unknown, reason: string) => void): string[] {
  const out: string[] = [];
  const byLabel = new Map<string, string>();
  for (const item of sequence(r, node, '[]string', group, rule)) {
    const fieldName = r.string(item as YamlNode, 'string', group, rule);
    if (fieldName === undefined) continue;
    const label = groupByLabel(fieldName);
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(label) || label.startsWith('__')) problem(item, `group_by field "${fieldName}" gives label "${label}", which is not a valid label name`);
    else if (RESERVED_LABELS.has(label)) problem(item, `group_by field "${fieldName}" gives label "${label}", which the rule sets itself`);
    else if (byLabel.has(label)) problem(item, `group_by fields "${byLabel.get(label)}" and "${fieldName}" both give label "${label}"`);
    else {
      byLabel.set(label, fieldName);
      out.push(fieldName);
    }
  }
  return out;
}

/**
 * Whether a rule file is a log rule file rather than a Prometheus one: some rule has a `query` and none has
 * an `expr`. Text that is not YAML, or has no rules, is not (the Prometheus reader then reports why).
 */
export function isLogRuleFile(text: string): boolean {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return false;
  const json: unknown = doc.toJS();
  const groups = isRecord(json) && Array.isArray(json.groups) ? json.groups : [];
  const rules = groups.flatMap((g: unknown) => (isRecord(g) && Array.isArray(g.rules) ? g.rules : [])).filter(isRecord);
  return rules.some((r) => 'query' in r) && !rules.some((r) => 'expr' in r);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
