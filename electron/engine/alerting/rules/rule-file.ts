/**
 * Prometheus rule files (model/rulefmt): YAML groups of recording and alerting rules, checked the way
 * promtool `check rules` does — unknown fields, names, durations, expressions and templates — with
 * every problem collected and, where the YAML says, its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { ParseError, parseExpr } from '../../promql/parser';
import type { Expr } from '../../promql/parser';
import { parseDuration } from '../../promql/parser/duration';
import { checkTemplate } from './template';

export type RuleProblem = { file: string; line?: number; group?: string; rule?: string; reason: string };
export type AlertingRule = {
  kind: 'alert';
  name: string;
  expr: Expr;
  exprText: string;
  forMs: number;
  keepFiringForMs: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};
export type RecordingRule = { kind: 'record'; name: string; expr: Expr; exprText: string; labels: Record<string, string> };
export type Rule = AlertingRule | RecordingRule;
export type RuleGroup = { name: string; intervalMs?: number; queryOffsetMs?: number; limit?: number; rules: Rule[] };
export type ParseRuleFileResult = { ok: true; groups: RuleGroup[] } | { ok: false; problems: RuleProblem[] };

const GROUP_FIELDS = new Set(['name', 'interval', 'query_offset', 'limit', 'rules', 'labels']);
const RULE_FIELDS = new Set(['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);

/** Prometheus 3.x (UTF-8 name validation): any non-empty name without broken surrogates. */
export function isValidName(name: string): boolean {
  return name.length > 0 && !/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
}

const isValidValue = (v: string): boolean => v === '' || isValidName(v);

class Reader {
  readonly problems: RuleProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }

  add(node: unknown, reason: string, group?: string, rule?: string): void {
    const p: RuleProblem = { file: this.file, reason };
    const line = this.line(node);
    if (line !== undefined) p.line = line;
    if (group !== undefined) p.group = group;
    if (rule !== undefined) p.rule = rule;
    this.problems.push(p);
  }

  /** A mapping's pairs, with unknown keys reported as yaml.v3's strict decoder does. */
  fields(node: unknown, known: Set<string>, type: string, group?: string, rule?: string): Map<string, { key: YamlNode; value: YamlNode | null }> {
    const out = new Map<string, { key: YamlNode; value: YamlNode | null }>();
    if (!isMap(node)) {
      this.add(node, `cannot unmarshal ${describe(node)} into ${type}`, group, rule);
      return out;
    }
    for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.has(key)) this.add(pair.key, `field ${key} not found in type ${type}`, group, rule);
      else out.set(key, { key: pair.key, value: pair.value });
    }
    return out;
  }

  string(node: YamlNode | null | undefined, what: string, group?: string, rule?: string): string | undefined {
    if (node === undefined || node === null) return undefined;
    if (isScalar(node)) return node.value === null ? '' : typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
    this.add(node, `cannot unmarshal ${describe(node)} into ${what}`, group, rule);
    return undefined;
  }

  duration(node: YamlNode | null | undefined, group?: string, rule?: string): number | undefined {
    const text = this.string(node, 'model.Duration', group, rule);
    if (text === undefined || text === '') return undefined;
    try {
      return parseDuration(text);
    } catch (e) {
      this.add(node, (e as Error).message, group, rule);
      return undefined;
    }
  }

  stringMap(node: YamlNode | null | undefined, group?: string, rule?: string): Record<string, string> {
    const out: Record<string, string> = {};
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return out;
    if (!isMap(node)) {
      this.add(node, `cannot unmarshal ${describe(node)} into map[string]string`, group, rule);
      return out;
    }
    for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) {
      const key = this.string(pair.key, 'string', group, rule);
      const value = this.string(pair.value, 'string', group, rule) ?? '';
      if (key !== undefined) out[key] = value;
    }
    return out;
  }
}

function describe(node: unknown): string {
  if (isMap(node)) return '!!map';
  if (isSeq(node)) return '!!seq';
  if (isScalar(node)) return typeof node.value === 'number' ? '!!int' : typeof node.value === 'boolean' ? '!!bool' : '!!str';
  return '!!null';
}

function parseRule(r: Reader, node: unknown, group: string, groupLabels: Record<string, string>, index: number): Rule | undefined {
  const before = r.problems.length;
  const f = r.fields(node, RULE_FIELDS, 'rulefmt.Rule', group);
  const record = r.string(f.get('record')?.value, 'string', group) ?? '';
  const alert = r.string(f.get('alert')?.value, 'string', group) ?? '';
  const name = alert || record || undefined;
  const ruleLine = f.get('alert')?.value ?? f.get('record')?.value ?? node;
  const label = name ?? `#${index + 1}`;
  const problem = (at: unknown, reason: string): void => r.add(at ?? ruleLine, reason, group, label);
  // Problems found while reading fields did not know the rule's name yet.
  for (const p of r.problems.slice(before)) p.rule = label;
  if (record && alert) problem(ruleLine, "only one of 'record' and 'alert' must be set");
  if (!record && !alert) problem(node, "one of 'record' or 'alert' must be set");
  const exprNode = f.get('expr')?.value;
  const exprText = r.string(exprNode, 'string', group, label) ?? '';
  let expr: Expr | undefined;
  if (exprText === '') problem(exprNode ?? node, "field 'expr' must be set in rule");
  else {
    try {
      expr = parseExpr(exprText);
    } catch (e) {
      problem(exprNode, `could not parse expression: ${e instanceof ParseError ? e.display : (e as Error).message}`);
    }
  }
  const forMs = r.duration(f.get('for')?.value, group, label) ?? 0;
  const keepFiringForMs = r.duration(f.get('keep_firing_for')?.value, group, label) ?? 0;
  const labels = { ...groupLabels, ...r.stringMap(f.get('labels')?.value, group, label) };
  const annotations = r.stringMap(f.get('annotations')?.value, group, label);
  if (record) {
    if (Object.keys(annotations).length > 0) problem(ruleLine, "invalid field 'annotations' in recording rule");
    if (forMs !== 0) problem(ruleLine, "invalid field 'for' in recording rule");
    if (keepFiringForMs !== 0) problem(ruleLine, "invalid field 'keep_firing_for' in recording rule");
    if (!isValidName(record)) problem(ruleLine, `invalid recording rule name: ${record}`);
    if (/[{}]/.test(record)) problem(ruleLine, `braces present in the recording rule name; should it be in expr?: ${record}`);
  }
  const labelsNode = f.get('labels')?.value;
  for (const [k, v] of Object.entries(labels)) {
    if (!isValidName(k) || k === '__name__') problem(labelsNode, `invalid label name: ${k}`);
    if (!isValidValue(v)) problem(labelsNode, `invalid label value: ${v}`);
  }
  const annotationsNode = f.get('annotations')?.value;
  for (const k of Object.keys(annotations)) if (!isValidName(k)) problem(annotationsNode, `invalid annotation name: ${k}`);
  if (alert) {
    for (const [k, v] of Object.entries(labels)) {
      const err = checkTemplate(v, `__alert_${alert}`);
      if (err) problem(labelsNode, `label ${JSON.stringify(k)}: ${err}`);
    }
    for (const [k, v] of Object.entries(annotations)) {
      const err = checkTemplate(v, `__alert_${alert}`);
      if (err) problem(annotationsNode, `annotation ${JSON.stringify(k)}: ${err}`);
    }
  }
  if (r.problems.length > before || !expr) return undefined;
  return alert
    ? { kind: 'alert', name: alert, expr, exprText, forMs, keepFiringForMs, labels, annotations }
    : { kind: 'record', name: record, expr, exprText, labels };
}

/** Parse and validate a rule file; `file` only labels the problems. */
export function parseRuleFile(text: string, file: string): ParseRuleFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const r = new Reader(file, lines);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, reason: e.message }));
    return { ok: false, problems };
  }
  const groups: RuleGroup[] = [];
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { ok: true, groups };
  const top = r.fields(doc.contents, new Set(['groups']), 'rulefmt.RuleGroups');
  const groupsNode = top.get('groups')?.value;
  if (groupsNode && !isSeq(groupsNode) && !(isScalar(groupsNode) && groupsNode.value === null)) r.add(groupsNode, `cannot unmarshal ${describe(groupsNode)} into []rulefmt.RuleGroup`);
  const seen = new Set<string>();
  for (const g of isSeq(groupsNode) ? groupsNode.items : []) {
    const before = r.problems.length;
    const f = r.fields(g, GROUP_FIELDS, 'rulefmt.RuleGroup');
    const name = r.string(f.get('name')?.value, 'string') ?? '';
    if (name === '') r.add(g, 'Groupname must not be empty');
    else if (seen.has(name)) r.add(f.get('name')?.value, `groupname: "${name}" is repeated in the same file`, name);
    seen.add(name);
    const intervalMs = r.duration(f.get('interval')?.value, name);
    const queryOffsetMs = r.duration(f.get('query_offset')?.value, name);
    const limitText = r.string(f.get('limit')?.value, 'int', name);
    const limit = limitText === undefined || limitText === '' ? undefined : Number(limitText);
    if (limit !== undefined && !Number.isInteger(limit)) r.add(f.get('limit')?.value, `cannot unmarshal !!str \`${limitText}\` into int`, name);
    const groupLabels = r.stringMap(f.get('labels')?.value, name);
    for (const [k, v] of Object.entries(groupLabels)) {
      if (!isValidName(k) || k === '__name__') r.add(f.get('labels')?.value, `invalid label name: ${k}`, name);
      if (!isValidValue(v)) r.add(f.get('labels')?.value, `invalid label value: ${v}`, name);
    }
    if (name !== '') for (const p of r.problems.slice(before)) p.group = name;
    const rulesNode = f.get('rules')?.value;
    if (rulesNode && !isSeq(rulesNode) && !(isScalar(rulesNode) && rulesNode.value === null)) r.add(rulesNode, `cannot unmarshal ${describe(rulesNode)} into []rulefmt.Rule`, name);
    const rules = (isSeq(rulesNode) ? rulesNode.items : []).map((n, i) => parseRule(r, n, name, groupLabels, i));
    const group: RuleGroup = { name, rules: rules.filter((x): x is Rule => x !== undefined) };
    if (intervalMs !== undefined) group.intervalMs = intervalMs;
    if (queryOffsetMs !== undefined) group.queryOffsetMs = queryOffsetMs;
    if (limit !== undefined && Number.isInteger(limit)) group.limit = limit;
    groups.push(group);
  }
  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, groups };
}

/** The YAML reading helpers, shared with the log rule file reader (alerting/logrules). */
export { Reader as RuleFileReader, describe as describeYamlNode };
